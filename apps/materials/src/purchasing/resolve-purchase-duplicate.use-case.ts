import { Injectable } from '@nestjs/common';
import { PurchaseDuplicateResolvedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { DomainError, notFound, requireText, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { PurchaseRequestLineRow, PurchaseRequestRow } from './purchase-request.entity';
import { PurchaseLineStatus, requireRequestStatus } from './purchase-request-rules';
import { ResolvePurchaseDuplicateInput } from './purchasing.inputs';
import { PurchasingSteps, requestFacts } from './purchasing-steps';

/** 重复提示处理: the planner drops a flagged line (the duplicate purchase is avoided) or keeps it, saying why. */
@Injectable()
export class ResolvePurchaseDuplicate {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly steps: PurchasingSteps,
  ) {}

  async execute(identity: Identity, input: ResolvePurchaseDuplicateInput): Promise<PurchaseRequestRow> {
    const lineId = requireUuid('purchaseRequestLineId', input.purchaseRequestLineId);
    const reason = requireText('reason', input.reason, 500);
    const now = new Date();
    return this.unitOfWork.run(async (manager) => {
      const line = await manager.findOneBy(PurchaseRequestLineRow, { id: lineId });
      if (!line) throw notFound('PurchaseRequestLine', lineId);
      const request = await this.steps.lockRequest(manager, identity, line.purchaseRequestId);
      requireRequestStatus(request, 'resolve');
      const current = (await manager.findOneBy(PurchaseRequestLineRow, { id: lineId }))!;
      if (current.status !== PurchaseLineStatus.FLAGGED || !current.duplicateKind) {
        throw new DomainError('PURCHASE_LINE_NOT_FLAGGED', { number: request.number, lineNo: current.lineNo });
      }
      const resolved: PurchaseRequestLineRow = {
        ...current,
        status: input.keep ? PurchaseLineStatus.OPEN : PurchaseLineStatus.DROPPED,
        resolutionReason: reason,
        resolvedByName: identity.name,
        resolvedAt: now,
      };
      await manager.save(PurchaseRequestLineRow, resolved);
      await manager.update(PurchaseRequestRow, { id: request.id }, { updatedAt: now });
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: 'purchase-request.duplicate-resolved',
            entityType: 'PurchaseRequest',
            entityId: request.id,
            campusId: request.campusId,
            before: current,
            after: resolved,
          },
          events: [
            changeEvent(
              PurchaseDuplicateResolvedV1,
              {
                ...requestFacts(request, identity, now),
                lineId,
                itemId: current.itemId,
                quantity: current.quantity,
                resolution: input.keep ? 'KEPT' : 'DROPPED',
                reason,
                duplicateKind: current.duplicateKind,
                duplicateOfNumber: current.duplicateOfNumber ?? '',
                avoidedValueFen: !input.keep && current.estimatedUnitCostFen !== null ? current.estimatedUnitCostFen * current.quantity : null,
              },
              request.id,
            ),
          ],
        },
        now,
      );
      return request;
    });
  }
}
