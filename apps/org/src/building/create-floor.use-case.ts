import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireText } from '@houqin/platform-errors';
import { DirectoryReader } from '../common/directory-reader';
import { NAME_MAX } from '../common/directory-rules';
import { DirectoryWriter } from '../common/directory-writer';
import { FLOOR_CHANGE, requireFloorLevel } from './building';
import { BUILDING, FloorRow } from './building.entity';
import { CreateFloorInput } from './building.inputs';

/** 新增楼层: the floor takes its building's campus. */
@Injectable()
export class CreateFloor {
  constructor(
    private readonly writer: DirectoryWriter,
    private readonly reader: DirectoryReader,
  ) {}

  execute(identity: Identity, input: CreateFloorInput): Promise<FloorRow> {
    const level = requireFloorLevel(input.level);
    const name = requireText('name', input.name, NAME_MAX);
    return this.writer.create(identity, FLOOR_CHANGE, {
      id: input.id,
      build: async (manager, id, now) => {
        const building = await this.reader.findVisible(identity, BUILDING, 'buildingId', input.buildingId, manager);
        return { id, buildingId: building.id, campusId: building.campusId, level, name, createdAt: now, updatedAt: now };
      },
    });
  }
}
