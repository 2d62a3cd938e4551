import { Injectable } from '@nestjs/common';
import { LinenParLevelSetV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireCampusInScope, uuidv7 } from '@houqin/platform-database';
import { requireNonNegativeInt, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { LinenParLevelRow } from './linen-exchange.entity';
import { SetLinenParLevelInput } from './linen-exchange.inputs';

/** Sets (or resets) how many pieces of a kind a department should hold: one row per department and kind. */
@Injectable()
export class SetLinenParLevel {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  static validate(identity: Identity, input: SetLinenParLevelInput): Pick<LinenParLevelRow, 'campusId' | 'departmentId' | 'kind' | 'quantity'> {
    return {
      campusId: requireCampusInScope(identity, input.campusId),
      departmentId: requireUuid('departmentId', input.departmentId),
      kind: input.kind,
      quantity: requireNonNegativeInt('quantity', input.quantity),
    };
  }

  execute(identity: Identity, input: SetLinenParLevelInput): Promise<LinenParLevelRow> {
    const valid = SetLinenParLevel.validate(identity, input);
    return this.unitOfWork.run(async (manager) => {
      await this.directory.requireDepartment(manager, valid.departmentId, valid.campusId);
      const before = await manager.findOne(LinenParLevelRow, {
        where: { departmentId: valid.departmentId, kind: valid.kind },
        lock: { mode: 'pessimistic_write' },
      });
      const now = new Date();
      const row: LinenParLevelRow = { id: before?.id ?? uuidv7(), ...valid, updatedAt: now, updatedBy: identity.subject };
      await manager.upsert(LinenParLevelRow, row, ['departmentId', 'kind']);
      const actor = { subject: identity.subject, staffId: identity.staffId, name: identity.name };
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'linen_par_level.set', entityType: 'LinenParLevel', entityId: row.id, campusId: row.campusId, before, after: row },
          events: [changeEvent(LinenParLevelSetV1, { ...valid, occurredAt: now.toISOString(), actor }, valid.departmentId)],
        },
        now,
      );
      return row;
    });
  }
}
