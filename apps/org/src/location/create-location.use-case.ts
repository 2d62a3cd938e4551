import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { optionalText, optionalUuid, requireText, requireUuid } from '@houqin/platform-errors';
import { CODE_MAX, NAME_MAX } from '../common/directory-rules';
import { DirectoryWriter } from '../common/directory-writer';
import { LOCATION_CHANGE } from './location';
import { LocationRow } from './location.entity';
import { CreateLocationInput } from './location.inputs';
import { LocationRepository } from './location.repository';

/** 新增位置 (病区、房间、床位、区域). */
@Injectable()
export class CreateLocation {
  constructor(
    private readonly writer: DirectoryWriter,
    private readonly repository: LocationRepository,
  ) {}

  execute(identity: Identity, input: CreateLocationInput): Promise<LocationRow> {
    const campusId = requireUuid('campusId', input.campusId);
    const refs = {
      kind: input.kind,
      campusId,
      buildingId: requireUuid('buildingId', input.buildingId),
      floorId: optionalUuid('floorId', input.floorId),
      parentId: optionalUuid('parentId', input.parentId),
      departmentId: optionalUuid('departmentId', input.departmentId),
    };
    const code = requireText('code', input.code, CODE_MAX);
    const name = requireText('name', input.name, NAME_MAX);
    const hisCode = optionalText('hisCode', input.hisCode, CODE_MAX);
    return this.writer.create(identity, LOCATION_CHANGE, {
      id: input.id,
      campusId,
      build: async (manager, id, now) => {
        const parent = await this.repository.checkPlacement(identity, { ...refs, id }, manager);
        // A room or bed registered without a department belongs to its ward's: repairs at bed 12 are charged to ward 5.
        const departmentId = refs.departmentId ?? parent?.departmentId ?? null;
        return { ...refs, id, departmentId, code, name, hisCode, active: true, createdAt: now, updatedAt: now };
      },
    });
  }
}
