import { Injectable } from '@nestjs/common';
import { RequisitionRejectedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireText, requireUuid } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { ApprovalStep, requireApprover } from './requisition-access';
import { REQUISITION_LIFECYCLE, RequisitionAction } from './requisition-lifecycle';
import { callerOf, requisitionFacts, RequisitionSteps } from './requisition-steps';
import { RequisitionRow } from './requisition.entity';

/** 驳回: whoever may approve the current step may turn the requisition down instead, with a reason. */
@Injectable()
export class RejectRequisition {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly steps: RequisitionSteps,
  ) {}

  async execute(identity: Identity, requisitionId: string, reasonText: string): Promise<RequisitionRow> {
    const id = requireUuid('id', requisitionId);
    const reason = requireText('reason', reasonText, 500);
    let step!: ApprovalStep;
    return this.transitions.run(identity, REQUISITION_LIFECYCLE, {
      ...this.steps.step(identity, id, reason),
      action: RequisitionAction.REJECT,
      authorise: async (row, _at, manager) => {
        step = requireApprover(await this.steps.parties(manager, row), await callerOf(manager, identity), 'reject');
      },
      event: { contract: RequisitionRejectedV1, data: (row, at) => ({ ...requisitionFacts(row, identity, at), step, reason }) },
    });
  }
}
