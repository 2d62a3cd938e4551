import { Inject, Injectable } from '@nestjs/common';
import { RequisitionCancelledV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireText, requireUuid } from '@houqin/platform-errors';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { requireMayCancel } from './requisition-access';
import { RequisitionAction, RequisitionStatus, requireActionAllowed } from './requisition-lifecycle';
import { callerOf, requisitionFacts, RequisitionSteps } from './requisition-steps';
import { RequisitionRow } from './requisition.entity';

/** 取消: the department withdraws a requisition it no longer needs, until something has been issued on it. */
@Injectable()
export class CancelRequisitionUseCase {
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
      requireActionAllowed(before, RequisitionAction.CANCEL);
      requireMayCancel(await this.steps.parties(manager, before), await callerOf(manager, identity));
      const after: RequisitionRow = { ...before, status: RequisitionStatus.CANCELLED };
      await this.steps.record(manager, identity, { before, after, action: RequisitionAction.CANCEL, comment: reason, at: now });
      await this.outbox.append(manager, RequisitionCancelledV1, { ...requisitionFacts(after, identity, now), reason }, { key: id, time: now });
      return after;
    });
  }
}
