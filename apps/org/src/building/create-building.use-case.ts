import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireText, requireUuid } from '@houqin/platform-errors';
import { CAMPUS } from '../campus/campus.entity';
import { DirectoryReader } from '../common/directory-reader';
import { CODE_MAX, NAME_MAX } from '../common/directory-rules';
import { DirectoryWriter } from '../common/directory-writer';
import { BUILDING_CHANGE } from './building';
import { BuildingRow } from './building.entity';
import { CreateBuildingInput } from './building.inputs';

/** 新增楼栋 */
@Injectable()
export class CreateBuilding {
  constructor(
    private readonly writer: DirectoryWriter,
    private readonly reader: DirectoryReader,
  ) {}

  execute(identity: Identity, input: CreateBuildingInput): Promise<BuildingRow> {
    const campusId = requireUuid('campusId', input.campusId);
    const code = requireText('code', input.code, CODE_MAX);
    const name = requireText('name', input.name, NAME_MAX);
    return this.writer.create(identity, BUILDING_CHANGE, {
      id: input.id,
      campusId,
      build: async (manager, id, now) => {
        await this.reader.findVisible(identity, CAMPUS, 'campusId', campusId, manager);
        return { id, campusId, code, name, createdAt: now, updatedAt: now };
      },
    });
  }
}
