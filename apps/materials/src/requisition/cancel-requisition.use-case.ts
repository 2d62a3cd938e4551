import { Injectable } from '@nestjs/common';
import { RequisitionCancelledV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireText, requireUuid } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { requireMayCancel } from './requisition-access';
import { REQUISITION_LIFECYCLE, RequisitionAction } from './requisition-lifecycle';
import { callerOf, requisitionFacts, RequisitionSteps } from './requisition-steps';
import { RequisitionRow } from './requisition.entity';

/** 取消: the department withdraws a requisition it no longer needs, until something has been issued on it. */
@Injectable()
export class CancelRequisition {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly steps: RequisitionSteps,
  ) {}

  async execute(identity: Identity, requisitionId: string, reasonText: string): Promise<RequisitionRow> {
    const id = requireUuid('id', requisitionId);
    const reason = requireText('reason', reasonText, 500);
    return this.transitions.run(identity, REQUISITION_LIFECYCLE, {
      ...this.steps.step(identity, id, reason),
      action: RequisitionAction.CANCEL,
      authorise: async (row, _at, manager) => requireMayCancel(await this.steps.parties(manager, row), await callerOf(manager, identity)),
      event: { contract: RequisitionCancelledV1, data: (row, at) => ({ ...requisitionFacts(row, identity, at), reason }) },
    });
  }
}
