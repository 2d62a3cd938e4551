import { Injectable } from '@nestjs/common';
import { LinenCollectedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireCampusInScope, uuidv7 } from '@houqin/platform-database';
import { requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { requireLoggedDate } from '../common/logbook-date';
import { ContractorKind } from '../contractor/contractor-kind';
import { requireContractor } from '../contractor/contractor-reference';
import { LinenExchangeRow } from './linen-exchange.entity';
import { CollectDirtyLinenInput } from './linen-exchange.inputs';
import { LinenExchangeStatus } from './linen-exchange-status';
import { LinenCount, requireLinenCounts } from './linen-lines';
import { linenExchangeFacts } from './linen-exchange-facts';

/** 收污: the laundry counts a department's dirty linen out, by kind; the collection stays open until it is returned. */
@Injectable()
export class CollectDirtyLinen {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  static validate(
    identity: Identity,
    input: CollectDirtyLinenInput,
    now: Date,
  ): Pick<LinenExchangeRow, 'campusId' | 'departmentId' | 'contractorId' | 'collectedOn'> & { counts: LinenCount[] } {
    return {
      campusId: requireCampusInScope(identity, input.campusId),
      departmentId: requireUuid('departmentId', input.departmentId),
      contractorId: requireUuid('contractorId', input.contractorId),
      collectedOn: requireLoggedDate('collectedOn', input.collectedOn, now),
      counts: requireLinenCounts(input.lines),
    };
  }

  execute(identity: Identity, input: CollectDirtyLinenInput): Promise<LinenExchangeRow> {
    const { counts, ...valid } = CollectDirtyLinen.validate(identity, input, new Date());
    return this.unitOfWork.run(async (manager) => {
      await this.directory.requireDepartment(manager, valid.departmentId, valid.campusId);
      await requireContractor(manager, valid.contractorId, valid.campusId, [ContractorKind.LAUNDRY]);
      const now = new Date();
      const row: LinenExchangeRow = {
        id: uuidv7(),
        ...valid,
        status: LinenExchangeStatus.OPEN,
        lines: counts.map(({ kind, quantity }) => ({ kind, collected: quantity, returned: 0, lost: 0 })),
        createdAt: now,
        createdBy: identity.subject,
        lastReturnedAt: null,
        closedAt: null,
      };
      await manager.insert(LinenExchangeRow, row);
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'linen_exchange.collect', entityType: 'LinenExchange', entityId: row.id, campusId: row.campusId, before: null, after: row },
          events: [changeEvent(LinenCollectedV1, { ...linenExchangeFacts(row, identity, now), lines: counts }, row.id)],
        },
        now,
      );
      return row;
    });
  }
}
