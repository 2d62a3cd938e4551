import { Injectable } from '@nestjs/common';
import { RequisitionApprovedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { requireNonNegativeInt, optionalText, requireUuid } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { EntityManager } from 'typeorm';
import { ItemRepository } from '../catalogue/item.repository';
import { ApprovalStep, requireApprover } from './requisition-access';
import { costBases } from './requisition-cost-basis';
import { approvalActionOf, REQUISITION_LIFECYCLE, RequisitionAction, statusAfterApproval } from './requisition-lifecycle';
import { approvedQuantities } from './requisition-lines';
import { ApprovalRoute, approvalRoute, requisitionValue } from './requisition-policy';
import { itemLabel } from '../catalogue/item-label';
import { balanceOf, callerOf, requisitionFacts, RequisitionSteps } from './requisition-steps';
import { RequisitionLineRow, RequisitionPolicyRow, RequisitionRow } from './requisition.entity';
import { ApproveRequisitionInput } from './requisition.inputs';

/**
 * One approval step: the head of the requisition's department first, then — unless the campus policy lets the
 * head approve alone — the materials office of its campus. Either may lower quantities. The route is decided at
 * the department's approval, on the approved quantities and the policy in force then.
 */
@Injectable()
export class ApproveRequisition {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly items: ItemRepository,
    private readonly steps: RequisitionSteps,
  ) {}

  async execute(identity: Identity, input: ApproveRequisitionInput): Promise<RequisitionRow> {
    const id = requireUuid('id', input.id);
    const comment = optionalText('comment', input.comment, 500);
    const changes = (input.lines ?? []).map((line, index) => ({
      itemId: requireUuid(`lines[${index}].itemId`, line.itemId),
      quantity: requireNonNegativeInt(`lines[${index}].quantity`, line.quantity),
    }));

    let step!: ApprovalStep;
    let approved = new Map<string, number>();
    let approvedLines: { itemId: string; quantity: number }[] = [];
    return this.transitions.run(identity, REQUISITION_LIFECYCLE, {
      ...this.steps.step(identity, id, comment),
      action: approvalActionOf,
      authorise: async (row, _at, manager) => {
        step = requireApprover(await this.steps.parties(manager, row), await callerOf(manager, identity), 'approve');
      },
      apply: async (row, at, manager) => {
        const lines = await this.steps.lines(manager, id);
        const items = await this.items.findByIds(
          lines.map((line) => line.itemId),
          manager,
        );
        const balances = lines.map(balanceOf);
        approved = approvedQuantities(balances, changes, row.number, itemLabel(items));
        approvedLines = lines.map((line) => ({ itemId: line.itemId, quantity: approved.get(line.itemId)! }));
        const bases = await costBases(
          manager,
          row.warehouseId,
          lines.map((line) => line.itemId),
          chinaToday(at),
        );
        const valueFen = requisitionValue(approvedLines, bases);

        const departmentStep = step === ApprovalStep.DEPARTMENT;
        const action = departmentStep ? RequisitionAction.APPROVE_DEPARTMENT : RequisitionAction.APPROVE_MATERIALS_OFFICE;
        const route = departmentStep
          ? approvalRoute(
              await manager.findOneBy(RequisitionPolicyRow, { campusId: row.campusId }),
              valueFen,
              approvedLines.filter((line) => line.quantity > 0).map((line) => items.get(line.itemId)!.category),
            )
          : null;
        Object.assign(row, {
          valueFen,
          ...(route && {
            departmentApproverSubject: identity.subject,
            departmentApproverStaffId: identity.staffId,
            approvalRoute: route.route,
            approvalRouteReason: route.reason,
          }),
        });
        row.status = statusAfterApproval(action, row.approvalRoute !== ApprovalRoute.DEPARTMENT_ONLY);
        await this.lowerApproved(manager, lines, approved);
      },
      audit: (row, before) => ({ before, after: { ...row, approved: Object.fromEntries(approved) } }),
      event: {
        contract: RequisitionApprovedV1,
        data: (row, at) => ({
          ...requisitionFacts(row, identity, at),
          step,
          comment,
          route: row.approvalRoute!,
          routeReason: row.approvalRouteReason!,
          valueFen: row.valueFen,
          lines: approvedLines.map((line) => ({ itemId: line.itemId, approved: line.quantity })),
        }),
      },
    });
  }

  private async lowerApproved(manager: EntityManager, lines: RequisitionLineRow[], approved: Map<string, number>): Promise<void> {
    for (const line of lines) {
      const quantity = approved.get(line.itemId)!;
      if (quantity !== line.quantityApproved) await manager.update(RequisitionLineRow, { id: line.id }, { quantityApproved: quantity });
    }
  }
}
