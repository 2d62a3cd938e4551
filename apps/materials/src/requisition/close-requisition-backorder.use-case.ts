import { Injectable } from '@nestjs/common';
import { RequisitionClosedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireText, requireUuid } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { requireMayCloseBackorder } from './requisition-access';
import { REQUISITION_LIFECYCLE, RequisitionAction } from './requisition-lifecycle';
import { callerOf, requisitionFacts, RequisitionSteps } from './requisition-steps';
import { RequisitionRow } from './requisition.entity';

/**
 * 结案: a partly issued requisition stops waiting for the rest — the store will not get it, or the department
 * no longer needs it. What was issued stays issued and charged; nothing more can be issued on it.
 */
@Injectable()
export class CloseRequisitionBackorder {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly steps: RequisitionSteps,
  ) {}

  async execute(identity: Identity, requisitionId: string, reasonText: string): Promise<RequisitionRow> {
    const id = requireUuid('id', requisitionId);
    const reason = requireText('reason', reasonText, 500);
    let lines: { itemId: string; approved: number; issued: number; cancelled: number }[] = [];
    return this.transitions.run(identity, REQUISITION_LIFECYCLE, {
      ...this.steps.step(identity, id, reason),
      action: RequisitionAction.CLOSE_BACKORDER,
      authorise: async (row, _at, manager) => requireMayCloseBackorder(await this.steps.parties(manager, row), await callerOf(manager, identity)),
      apply: async (row, _at, manager) => {
        lines = (await this.steps.lines(manager, id)).map((line) => ({
          itemId: line.itemId,
          approved: line.quantityApproved,
          issued: line.quantityIssued,
          cancelled: line.quantityApproved - line.quantityIssued,
        }));
      },
      audit: (row, before) => ({ before, after: { ...row, lines } }),
      event: { contract: RequisitionClosedV1, data: (row, at) => ({ ...requisitionFacts(row, identity, at), reason, lines }) },
    });
  }
}
