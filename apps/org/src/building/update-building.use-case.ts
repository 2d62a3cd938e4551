import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireText } from '@houqin/platform-errors';
import { CODE_MAX, NAME_MAX } from '../common/directory-rules';
import { DirectoryWriter } from '../common/directory-writer';
import { BUILDING_CHANGE } from './building';
import { BuildingRow } from './building.entity';
import { UpdateBuildingInput } from './building.inputs';

/** 修改楼栋. The campus stays: a building on another campus is a different building, with other floors and rooms. */
@Injectable()
export class UpdateBuilding {
  constructor(private readonly writer: DirectoryWriter) {}

  execute(identity: Identity, input: UpdateBuildingInput): Promise<BuildingRow> {
    return this.writer.update(identity, BUILDING_CHANGE, input.id, (row) => {
      if (input.code !== undefined) row.code = requireText('code', input.code ?? '', CODE_MAX);
      if (input.name !== undefined) row.name = requireText('name', input.name ?? '', NAME_MAX);
    });
  }
}
