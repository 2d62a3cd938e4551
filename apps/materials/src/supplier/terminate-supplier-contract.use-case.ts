import { Injectable } from '@nestjs/common';
import { SupplierContractTerminatedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { requireIsoDate, requireText, requireUuid } from '@houqin/platform-errors';
import { changeEvent, ChangeRecorder } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { contractFacts } from './supplier-facts';
import { requireTerminationDay } from './supplier-contract-rules';
import { SupplierContractRepository } from './supplier-contract.repository';
import { SupplierContractRow } from './supplier.entity';

/**
 * 终止供货合同: from `on` (today or later, at the latest its last valid day) the contract prices nothing. Orders
 * already priced under it keep their price. A group-wide contract may be terminated by any contract writer, a
 * campus contract by the writers of that campus (for others it does not exist).
 */
@Injectable()
export class TerminateSupplierContract {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly contracts: SupplierContractRepository,
  ) {}

  execute(identity: Identity, contractId: string, onText: string, reasonText: string): Promise<SupplierContractRow> {
    const id = requireUuid('id', contractId);
    const on = requireIsoDate('on', onText);
    const reason = requireText('reason', reasonText, 500);
    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      const before = await this.contracts.getVisible(identity, id, manager, true);
      requireTerminationDay(before, on, chinaToday(now));
      const after: SupplierContractRow = {
        ...before,
        terminatedOn: on,
        terminationReason: reason,
        terminatedAt: now,
        terminatedBySubject: identity.subject,
        terminatedByName: identity.name,
      };
      await manager.update(SupplierContractRow, { id }, after);
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'supplier-contract.terminate', entityType: 'SupplierContract', entityId: id, campusId: after.campusId, before, after },
          events: [changeEvent(SupplierContractTerminatedV1, { ...contractFacts(after, identity, now), terminatedOn: on, reason }, id)],
        },
        now,
      );
      return after;
    });
  }
}
