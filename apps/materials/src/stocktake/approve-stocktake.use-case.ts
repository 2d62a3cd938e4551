import { Injectable } from '@nestjs/common';
import { EventData, StocktakeApprovedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { DomainError, optionalText, requireUuid } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { AdjustmentReason } from '../stock-adjustment/adjustment-rules';
import { StockAdjustmentBooking } from '../stock-adjustment/stock-adjustment-booking';
import { ItemRepository } from '../catalogue/item.repository';
import { lockLotsById } from '../stock/lot-locks';
import { requireIndependentApprover, STOCKTAKE_LIFECYCLE, StocktakeAction } from './stocktake-lifecycle';
import { lotIdsOfItems } from './stocktake-lots';
import { accuracyOf, planLine, varianceOf } from './stocktake-variance';
import { itemLabel } from '../catalogue/item-label';
import { countedLine, stocktakeFacts, StocktakeSteps } from './stocktake-steps';
import { StocktakeRow } from './stocktake.entity';

/**
 * 审核通过: the materials office — never whoever started the stocktake or entered its counts — approves, and every
 * variance is booked in ONE adjustment (reason COUNT_DIFFERENCE, note 盘点单 PD-…) through the same booking as
 * `adjustStock`. The lots are locked first; a lot that no longer holds the shortfall (it was drawn after the
 * count) means the count is stale, and approval is refused until it is recounted.
 */
@Injectable()
export class ApproveStocktake {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly items: ItemRepository,
    private readonly booking: StockAdjustmentBooking,
    private readonly steps: StocktakeSteps,
  ) {}

  async execute(identity: Identity, stocktakeId: string, commentText: string | null | undefined): Promise<StocktakeRow> {
    const id = requireUuid('id', stocktakeId);
    const comment = optionalText('comment', commentText, 500);
    let accuracy!: ReturnType<typeof accuracyOf>;
    let variances: EventData<typeof StocktakeApprovedV1>['variances'] = [];
    return this.transitions.run(identity, STOCKTAKE_LIFECYCLE, {
      ...this.steps.step(identity, id),
      action: StocktakeAction.APPROVE,
      authorise: async (row, _at, manager) => requireIndependentApprover(row, identity, await this.steps.counters(manager, id)),
      apply: async (row, at, manager) => {
        const lines = (await this.steps.lines(manager, id)).map(countedLine);
        const differing = lines.filter((line) => varianceOf(line) !== 0);
        const locked = await lockLotsById(manager, [
          ...differing.flatMap((line) => (line.lotId ? [line.lotId] : [])),
          ...(await lotIdsOfItems(
            manager,
            row.warehouseId,
            differing.filter((line) => !line.lotId).map((line) => line.itemId),
          )),
        ]);
        const lots = new Map(locked.map((lot) => [lot.id, lot]));
        const label = itemLabel(
          await this.items.findByIds(
            differing.map((line) => line.itemId),
            manager,
          ),
        );
        const plans = differing.map((line) => {
          const plan = planLine(line, locked);
          if (plan.problem?.kind === 'short') {
            const lot = line.lotId ? lots.get(line.lotId)! : null;
            throw new DomainError('STOCKTAKE_RECOUNT_NEEDED', {
              number: row.number,
              item: label(line.itemId),
              lot: lot ? (lot.batchNo ?? lot.id) : '—',
              available: plan.problem.available,
              shortfall: -varianceOf(line),
            });
          }
          if (plan.problem?.kind === 'no-lot') throw new DomainError('STOCKTAKE_SURPLUS_WITHOUT_LOT', { item: label(line.itemId), surplus: varianceOf(line) });
          return { line, plan };
        });

        const changes = plans.flatMap(({ plan }) => plan.changes);
        const booked = changes.length
          ? await this.booking.book(manager, identity, {
              warehouse: { id: row.warehouseId, campusId: row.campusId },
              reason: AdjustmentReason.COUNT_DIFFERENCE,
              note: `盘点单 ${row.number}`,
              lines: changes.map((change) => ({ lot: lots.get(change.lotId)!, quantityDelta: change.quantityDelta })),
              at,
            })
          : null;
        const values = new Map(plans.map(({ line, plan }) => [line.id, plan.valueFen]));
        const valued = lines.map((line) => ({ ...line, varianceValueFen: values.get(line.id) ?? 0 }));
        await this.steps.saveVarianceValues(
          manager,
          valued.map((line) => ({ lineId: line.id, valueFen: line.varianceValueFen })),
        );
        accuracy = accuracyOf(valued);
        variances = valued
          .filter((line) => varianceOf(line) !== 0)
          .map((line) => ({
            itemId: line.itemId,
            lotId: line.lotId,
            expected: line.expectedQuantity,
            counted: line.countedQuantity,
            varianceQuantity: varianceOf(line),
            varianceValueFen: line.varianceValueFen,
          }));
        Object.assign(row, {
          approvedAt: at,
          approvedBySubject: identity.subject,
          approvedByName: identity.name,
          approvalComment: comment,
          stockAdjustmentId: booked?.adjustment.id ?? null,
        });
      },
      audit: (row, before) => ({ before, after: { ...row, accuracy } }),
      event: {
        contract: StocktakeApprovedV1,
        data: (row, at) => ({ ...stocktakeFacts(row, identity, at), comment, stockAdjustmentId: row.stockAdjustmentId, accuracy, variances }),
      },
    });
  }
}
