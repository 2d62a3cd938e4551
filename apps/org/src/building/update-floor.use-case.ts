import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireText } from '@houqin/platform-errors';
import { NAME_MAX } from '../common/directory-rules';
import { DirectoryWriter } from '../common/directory-writer';
import { FLOOR_CHANGE } from './building';
import { FloorRow } from './building.entity';
import { UpdateFloorInput } from './building.inputs';

/** 修改楼层 (its name). Building and level stay: another storey is a different floor, and its rooms would move with it. */
@Injectable()
export class UpdateFloor {
  constructor(private readonly writer: DirectoryWriter) {}

  execute(identity: Identity, input: UpdateFloorInput): Promise<FloorRow> {
    return this.writer.update(identity, FLOOR_CHANGE, input.id, (row) => {
      if (input.name !== undefined) row.name = requireText('name', input.name ?? '', NAME_MAX);
    });
  }
}
