import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { optionalText, optionalUuid, requireText } from '@houqin/platform-errors';
import { CODE_MAX, NAME_MAX } from '../common/directory-rules';
import { DirectoryWriter } from '../common/directory-writer';
import { LOCATION_CHANGE } from './location';
import { LocationRow } from './location.entity';
import { UpdateLocationInput } from './location.inputs';
import { LocationRepository } from './location.repository';

/**
 * 修改位置 / 停用 (active: false). Kind, campus and building stay: a ward that becomes a bed, or moves to
 * another building, is a different location, and its beds and open work would point at the wrong thing.
 */
@Injectable()
export class UpdateLocation {
  constructor(
    private readonly writer: DirectoryWriter,
    private readonly repository: LocationRepository,
  ) {}

  execute(identity: Identity, input: UpdateLocationInput): Promise<LocationRow> {
    return this.writer.update(identity, LOCATION_CHANGE, input.id, async (row, manager) => {
      if (input.floorId !== undefined) row.floorId = optionalUuid('floorId', input.floorId);
      if (input.parentId !== undefined) row.parentId = optionalUuid('parentId', input.parentId);
      if (input.departmentId !== undefined) row.departmentId = optionalUuid('departmentId', input.departmentId);
      if (input.floorId !== undefined || input.parentId !== undefined || input.departmentId !== undefined)
        await this.repository.checkPlacement(identity, row, manager);
      if (input.code !== undefined) row.code = requireText('code', input.code ?? '', CODE_MAX);
      if (input.name !== undefined) row.name = requireText('name', input.name ?? '', NAME_MAX);
      if (input.hisCode !== undefined) row.hisCode = optionalText('hisCode', input.hisCode, CODE_MAX);
      if (input.active !== undefined && input.active !== null) row.active = input.active;
    });
  }
}
