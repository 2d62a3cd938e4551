import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { DomainError, requireNonNegativeInt, requireText, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ItemRepository } from '../catalogue/item.repository';
import { EXCHANGE_EXEMPTION_REASONS, requireExemption } from './new-for-old';
import { requireMaterialsOffice } from './requisition-access';
import { RequisitionAction, requireActionAllowed } from './requisition-lifecycle';
import { itemLabel } from '../catalogue/item-label';
import { RequisitionSteps } from './requisition-steps';
import { RequisitionLineRow, RequisitionRow } from './requisition.entity';
import { GrantExchangeExemptionInput } from './requisition.inputs';

/**
 * 领新交旧 exemption: the materials office lets units of a durable line go out without an old one — the old
 * one is lost, or the unit is the first for a new position. Granted on an approved requisition (so also on one
 * the policy let through without the office), by someone other than the requester; audited, no event.
 */
@Injectable()
export class GrantRequisitionExchangeExemptionUseCase {
  constructor(
    @Inject(UnitOfWork) private readonly unitOfWork: UnitOfWork,
    private readonly items: ItemRepository,
    private readonly steps: RequisitionSteps,
  ) {}

  async execute(identity: Identity, input: GrantExchangeExemptionInput): Promise<RequisitionRow> {
    const id = requireUuid('id', input.id);
    const itemId = requireUuid('itemId', input.itemId);
    const quantity = requireNonNegativeInt('quantity', input.quantity);
    if (!EXCHANGE_EXEMPTION_REASONS.includes(input.reason)) throw new DomainError('INVALID_INPUT', { detail: `reason ${String(input.reason)}` });
    const note = requireText('note', input.note, 500);
    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      const before = await this.steps.lock(manager, identity, id);
      requireActionAllowed(before, RequisitionAction.GRANT_EXCHANGE_EXEMPTION);
      requireMaterialsOffice(await this.steps.parties(manager, before), identity);
      const items = await this.items.findByIds([itemId], manager);
      const label = itemLabel(items);
      const line = (await this.steps.lines(manager, id)).find((candidate) => candidate.itemId === itemId);
      if (!line) throw new DomainError('REQUISITION_ITEM_NOT_ON_REQUISITION', { number: before.number, item: label(itemId) });
      requireExemption({ itemId, durable: items.get(itemId)!.durable, approved: line.quantityApproved, exemptUsed: line.exchangeExemptUsed }, quantity, label);
      const exemption = { exchangeExemptQuantity: quantity, exchangeExemptionReason: input.reason, exchangeExemptionNote: note };
      await manager.update(RequisitionLineRow, { id: line.id }, exemption);
      await this.steps.record(manager, identity, {
        before,
        after: before,
        action: RequisitionAction.GRANT_EXCHANGE_EXEMPTION,
        comment: `${label(itemId)} ×${quantity} (${input.reason}): ${note}`,
        at: now,
        detail: { itemId, ...exemption },
      });
      return before;
    });
  }
}
