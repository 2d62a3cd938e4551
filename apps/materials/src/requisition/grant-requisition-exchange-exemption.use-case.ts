import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { DomainError, requireNonNegativeInt, requireText, requireUuid } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { ItemRepository } from '../catalogue/item.repository';
import { EXCHANGE_EXEMPTION_REASONS, requireExemption } from './new-for-old';
import { requireMaterialsOffice } from './requisition-access';
import { REQUISITION_LIFECYCLE, RequisitionAction } from './requisition-lifecycle';
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
export class GrantRequisitionExchangeExemption {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly items: ItemRepository,
    private readonly steps: RequisitionSteps,
  ) {}

  async execute(identity: Identity, input: GrantExchangeExemptionInput): Promise<RequisitionRow> {
    const id = requireUuid('id', input.id);
    const itemId = requireUuid('itemId', input.itemId);
    const quantity = requireNonNegativeInt('quantity', input.quantity);
    if (!EXCHANGE_EXEMPTION_REASONS.includes(input.reason)) throw new DomainError('INVALID_INPUT', { detail: `reason ${String(input.reason)}` });
    const note = requireText('note', input.note, 500);
    let comment: string | null = null;
    let detail: Record<string, unknown> = {};
    return this.transitions.run(identity, REQUISITION_LIFECYCLE, {
      ...this.steps.step(identity, id, () => comment),
      action: RequisitionAction.GRANT_EXCHANGE_EXEMPTION,
      authorise: async (row, _at, manager) => requireMaterialsOffice(await this.steps.parties(manager, row), identity),
      apply: async (row, _at, manager) => {
        const items = await this.items.findByIds([itemId], manager);
        const label = itemLabel(items);
        const line = (await this.steps.lines(manager, id)).find((candidate) => candidate.itemId === itemId);
        if (!line) throw new DomainError('REQUISITION_ITEM_NOT_ON_REQUISITION', { number: row.number, item: label(itemId) });
        requireExemption(
          { itemId, durable: items.get(itemId)!.durable, approved: line.quantityApproved, exemptUsed: line.exchangeExemptUsed },
          quantity,
          label,
        );
        const exemption = { exchangeExemptQuantity: quantity, exchangeExemptionReason: input.reason, exchangeExemptionNote: note };
        await manager.update(RequisitionLineRow, { id: line.id }, exemption);
        comment = `${label(itemId)} ×${quantity} (${input.reason}): ${note}`;
        detail = { itemId, ...exemption };
      },
      audit: (row, before) => ({ before, after: { ...row, ...detail } }),
    });
  }
}
