import { Inject, Injectable } from '@nestjs/common';
import { RequisitionClosedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireText, requireUuid } from '@houqin/platform-errors';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { requireMayCloseBackorder } from './requisition-access';
import { RequisitionAction, RequisitionStatus, requireActionAllowed } from './requisition-lifecycle';
import { callerOf, requisitionFacts, RequisitionSteps } from './requisition-steps';
import { RequisitionRow } from './requisition.entity';

/**
 * 结案: a partly issued requisition stops waiting for the rest — the store will not get it, or the department
 * no longer needs it. What was issued stays issued and charged; nothing more can be issued on it.
 */
@Injectable()
export class CloseRequisitionBackorderUseCase {
  constructor(
    @Inject(UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @Inject(Outbox) private readonly outbox: Outbox,
    private readonly steps: RequisitionSteps,
  ) {}

  async execute(identity: Identity, requisitionId: string, reasonText: string): Promise<RequisitionRow> {
    const id = requireUuid('id', requisitionId);
    const reason = requireText('reason', reasonText, 500);
    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      const before = await this.steps.lock(manager, identity, id);
      requireActionAllowed(before, RequisitionAction.CLOSE_BACKORDER);
      requireMayCloseBackorder(await this.steps.parties(manager, before), await callerOf(manager, identity));
      const lines = (await this.steps.lines(manager, id)).map((line) => ({
        itemId: line.itemId,
        approved: line.quantityApproved,
        issued: line.quantityIssued,
        cancelled: line.quantityApproved - line.quantityIssued,
      }));
      const after: RequisitionRow = { ...before, status: RequisitionStatus.CLOSED };
      await this.steps.record(manager, identity, { before, after, action: RequisitionAction.CLOSE_BACKORDER, comment: reason, at: now, detail: { lines } });
      await this.outbox.append(manager, RequisitionClosedV1, { ...requisitionFacts(after, identity, now), reason, lines }, { key: id, time: now });
      return after;
    });
  }
}
