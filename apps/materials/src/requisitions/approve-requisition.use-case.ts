import { Inject, Injectable } from '@nestjs/common';
import { RequisitionApprovedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { requireNonNegativeInt, optionalText, requireUuid } from '@houqin/platform-errors';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { EntityManager } from 'typeorm';
import { ItemRepository } from '../catalogue/item.repository';
import { ApprovalStep, requireApprover } from './requisition-access';
import { costBases } from './requisition-cost-basis';
import { RequisitionAction, statusAfterApproval } from './requisition-lifecycle';
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
export class ApproveRequisitionUseCase {
  constructor(
    @Inject(UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @Inject(Outbox) private readonly outbox: Outbox,
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

    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      const before = await this.steps.lock(manager, identity, id);
      const step = requireApprover(await this.steps.parties(manager, before), await callerOf(manager, identity), 'approve');
      const lines = await this.steps.lines(manager, id);
      const items = await this.items.findByIds(
        lines.map((line) => line.itemId),
        manager,
      );
      const balances = lines.map(balanceOf);
      const approved = approvedQuantities(balances, changes, before.number, itemLabel(items));
      const approvedLines = lines.map((line) => ({ itemId: line.itemId, quantity: approved.get(line.itemId)! }));
      const bases = await costBases(
        manager,
        before.warehouseId,
        lines.map((line) => line.itemId),
        chinaToday(now),
      );
      const valueFen = requisitionValue(approvedLines, bases);

      const departmentStep = step === ApprovalStep.DEPARTMENT;
      const action = departmentStep ? RequisitionAction.APPROVE_DEPARTMENT : RequisitionAction.APPROVE_MATERIALS_OFFICE;
      const route = departmentStep
        ? approvalRoute(
            await manager.findOneBy(RequisitionPolicyRow, { campusId: before.campusId }),
            valueFen,
            approvedLines.filter((line) => line.quantity > 0).map((line) => items.get(line.itemId)!.category),
          )
        : null;
      const after: RequisitionRow = {
        ...before,
        valueFen,
        ...(route && {
          departmentApproverSubject: identity.subject,
          departmentApproverStaffId: identity.staffId,
          approvalRoute: route.route,
          approvalRouteReason: route.reason,
        }),
      };
      after.status = statusAfterApproval(action, after.approvalRoute !== ApprovalRoute.DEPARTMENT_ONLY);

      await this.lowerApproved(manager, lines, approved);
      await this.steps.record(manager, identity, { before, after, action, comment, at: now, detail: { approved: Object.fromEntries(approved) } });
      await this.outbox.append(
        manager,
        RequisitionApprovedV1,
        {
          ...requisitionFacts(after, identity, now),
          step,
          comment,
          route: after.approvalRoute!,
          routeReason: after.approvalRouteReason!,
          valueFen,
          lines: approvedLines.map((line) => ({ itemId: line.itemId, approved: line.quantity })),
        },
        { key: after.id, time: now },
      );
      return after;
    });
  }

  private async lowerApproved(manager: EntityManager, lines: RequisitionLineRow[], approved: Map<string, number>): Promise<void> {
    for (const line of lines) {
      const quantity = approved.get(line.itemId)!;
      if (quantity !== line.quantityApproved) await manager.update(RequisitionLineRow, { id: line.id }, { quantityApproved: quantity });
    }
  }
}
