import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { DomainError, optionalUuid, requireNonNegativeInt, requireUuid } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { ItemRepository } from '../catalogue/item.repository';
import { requireLines } from '../common/input-rules';
import { STOCKTAKE_LIFECYCLE, StocktakeAction } from './stocktake-lifecycle';
import { lineForCount } from './stocktake-sheet';
import { itemLabel } from '../catalogue/item-label';
import { StocktakeSteps } from './stocktake-steps';
import { StocktakeCountRow, StocktakeRow } from './stocktake.entity';
import { RecordStocktakeCountsInput } from './stocktake.inputs';

const MAX_COUNTS = 500;

/**
 * 录入盘点数 (blind): counts by lot for items tracking expiry, by item otherwise. A line counted again takes the
 * new count; every entry stays in `stocktake_count` with who and when. Nothing of the books is shown or returned.
 */
@Injectable()
export class RecordStocktakeCounts {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly items: ItemRepository,
    private readonly steps: StocktakeSteps,
  ) {}

  async execute(identity: Identity, input: RecordStocktakeCountsInput): Promise<StocktakeRow> {
    const id = requireUuid('stocktakeId', input.stocktakeId);
    const counts = requireLines('counts', input.counts, MAX_COUNTS).map((count, index) => ({
      itemId: requireUuid(`counts[${index}].itemId`, count.itemId),
      lotId: optionalUuid(`counts[${index}].lotId`, count.lotId),
      countedQuantity: requireNonNegativeInt(`counts[${index}].countedQuantity`, count.countedQuantity),
    }));

    let written: StocktakeCountRow[] = [];
    return this.transitions.run(identity, STOCKTAKE_LIFECYCLE, {
      ...this.steps.step(identity, id),
      action: StocktakeAction.RECORD_COUNTS,
      apply: async (stocktake, at, manager) => {
        const lines = await this.steps.lines(manager, id);
        const items = await this.items.findByIds(
          counts.map((count) => count.itemId),
          manager,
        );
        const labels = { number: stocktake.number, item: itemLabel(items) };
        const matched = counts.map((count) => ({ line: lineForCount(lines, count, labels), countedQuantity: count.countedQuantity, missingAsZero: false }));
        const twice = matched.find((count, index) => matched.findIndex((other) => other.line.id === count.line.id) !== index);
        if (twice) throw new DomainError('INVALID_INPUT', { detail: `counts: line ${twice.line.lineNo} is counted more than once` });
        written = await this.steps.writeCounts(manager, identity, stocktake, matched, at);
      },
      // The stocktake's status stays; the trail keeps the counts (never the books: the count is blind).
      audit: () => ({
        before: null,
        after: { counts: written.map((row) => ({ lineId: row.stocktakeLineId, counted: row.countedQuantity, expected: row.expectedQuantity })) },
      }),
    });
  }
}
