import { Injectable } from '@nestjs/common';
import { MaterialsRole, PurchaseRequestDecidedV1 } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { forbidden, optionalText, requireText, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { itemLabel } from '../catalogue/item-label';
import { ItemRepository } from '../catalogue/item.repository';
import { PurchaseRequestRow } from './purchase-request.entity';
import { PurchaseRequestStatus, requireApprovable, requireNotPlanner, requireRequestStatus } from './purchase-request-rules';
import { PurchasingSteps, requestFacts } from './purchasing-steps';

export type PurchaseRequestDecision = PurchaseRequestStatus.APPROVED | PurchaseRequestStatus.REJECTED | PurchaseRequestStatus.CANCELLED;

/** Roles that may approve or reject for the materials office (the planner who raised it never may). */
export const PURCHASE_APPROVERS = [MaterialsRole.MATERIALS_MANAGER, Role.GROUP_ADMIN];

/**
 * 审批: the materials office approves (duplicates settled, something left to buy) or rejects with a reason; the
 * planner, or the office, cancels a request nothing has been ordered from.
 */
@Injectable()
export class DecidePurchaseRequest {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly steps: PurchasingSteps,
    private readonly items: ItemRepository,
  ) {}

  async execute(identity: Identity, id: string, decision: PurchaseRequestDecision, comment: string | null | undefined): Promise<PurchaseRequestRow> {
    const requestId = requireUuid('id', id);
    const text = decision === PurchaseRequestStatus.APPROVED ? optionalText('comment', comment, 2000) : requireText('reason', comment ?? '', 2000);
    const now = new Date();
    return this.unitOfWork.run(async (manager) => {
      const before = await this.steps.lockRequest(manager, identity, requestId);
      const lines = await this.steps.requestLines(manager, [requestId]);
      if (decision === PurchaseRequestStatus.CANCELLED) {
        requireRequestStatus(before, 'cancel');
        const isOffice = PURCHASE_APPROVERS.some((role) => identity.roles.includes(role));
        if (!isOffice && identity.subject !== before.createdBySubject) throw forbidden();
        // Quantities already on orders come back only by cancelling those orders first.
        if (lines.some((line) => line.quantityOrdered > 0)) requireRequestStatus({ ...before, status: PurchaseRequestStatus.ORDERED }, 'cancel');
      } else {
        requireRequestStatus(before, decision === PurchaseRequestStatus.APPROVED ? 'approve' : 'reject');
        if (!PURCHASE_APPROVERS.some((role) => identity.roles.includes(role))) throw forbidden();
        requireNotPlanner(identity, before, 'approve');
        if (decision === PurchaseRequestStatus.APPROVED) {
          const label = itemLabel(
            await this.items.findByIds(
              lines.map((line) => line.itemId),
              manager,
            ),
          );
          requireApprovable(
            before,
            lines.map((line) => ({ ...line, itemLabel: label(line.itemId) })),
          );
        }
      }
      const after: PurchaseRequestRow = {
        ...before,
        status: decision,
        decidedAt: now,
        decidedBySubject: identity.subject,
        decidedByName: identity.name,
        decisionComment: text,
        updatedAt: now,
      };
      await manager.save(PurchaseRequestRow, after);
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: `purchase-request.${decision.toLowerCase()}`,
            entityType: 'PurchaseRequest',
            entityId: requestId,
            campusId: after.campusId,
            before,
            after,
          },
          events: [changeEvent(PurchaseRequestDecidedV1, { ...requestFacts(after, identity, now), decision, comment: text }, requestId)],
        },
        now,
      );
      return after;
    });
  }
}
