import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { optionalText, requireText } from '@houqin/platform-errors';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { NAME_MAX } from '../common/directory-rules';
import { HospitalGroupRow } from './campus.entity';
import { UpdateHospitalGroupInput } from './campus.inputs';

/** 集团名称: the one group record, created the first time it is named. Audited; no event contract exists for it. */
@Injectable()
export class UpdateHospitalGroup {
  constructor(
    private readonly changes: ChangeRecorder,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  execute(identity: Identity, input: UpdateHospitalGroupInput): Promise<HospitalGroupRow> {
    const name = requireText('name', input.name, NAME_MAX);
    const nameEn = optionalText('nameEn', input.nameEn, NAME_MAX);
    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      const existing = await manager.createQueryBuilder(HospitalGroupRow, 'g').setLock('pessimistic_write').orderBy('g.id').getOne();
      const row: HospitalGroupRow = existing ? { ...existing, name, nameEn, updatedAt: now } : { id: uuidv7(), name, nameEn, createdAt: now, updatedAt: now };
      await manager.save(HospitalGroupRow, row);
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: existing ? 'hospital_group.update' : 'hospital_group.create',
            entityType: 'HospitalGroup',
            entityId: row.id,
            campusId: null,
            before: existing,
            after: row,
          },
        },
        now,
      );
      return row;
    });
  }
}
