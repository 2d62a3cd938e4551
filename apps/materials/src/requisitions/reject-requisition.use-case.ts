import { Inject, Injectable } from '@nestjs/common';
import { RequisitionRejectedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireText, requireUuid } from '@houqin/platform-errors';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { requireApprover } from './requisition-access';
import { RequisitionAction, RequisitionStatus } from './requisition-lifecycle';
import { callerOf, requisitionFacts, RequisitionSteps } from './requisition-steps';
import { RequisitionRow } from './requisition.entity';

/** 驳回: whoever may approve the current step may turn the requisition down instead, with a reason. */
@Injectable()
export class RejectRequisitionUseCase {
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
      const step = requireApprover(await this.steps.parties(manager, before), await callerOf(manager, identity), 'reject');
      const after: RequisitionRow = { ...before, status: RequisitionStatus.REJECTED };
      await this.steps.record(manager, identity, { before, after, action: RequisitionAction.REJECT, comment: reason, at: now });
      await this.outbox.append(manager, RequisitionRejectedV1, { ...requisitionFacts(after, identity, now), step, reason }, { key: id, time: now });
      return after;
    });
  }
}
