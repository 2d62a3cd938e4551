import { Injectable } from '@nestjs/common';
import { StocktakeCountingFinishedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { DomainError, requireUuid } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { In } from 'typeorm';
import { StockLotRow } from '../stock/stock-lot.entity';
import { STOCKTAKE_LIFECYCLE, StocktakeAction } from './stocktake-lifecycle';
import { lotIdsOfItems } from './stocktake-lots';
import { planLine } from './stocktake-variance';
import { countedLine, stocktakeFacts, StocktakeSteps } from './stocktake-steps';
import { StocktakeRow } from './stocktake.entity';

/**
 * 结束盘点: every line counted — or, when the counters say so, the uncounted ones taken as 0 — and the variance
 * report is ready for review. Variances are valued here against the lots as they stand (an item counted as a
 * whole: shortfall oldest lot first, surplus at the newest lot's cost); approval books and values them again
 * on the locked lots.
 */
@Injectable()
export class FinishStocktakeCounting {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly steps: StocktakeSteps,
  ) {}

  async execute(identity: Identity, stocktakeId: string, countMissingAsZero: boolean): Promise<StocktakeRow> {
    const id = requireUuid('id', stocktakeId);
    let lineCount = 0;
    let countedAsZero = 0;
    return this.transitions.run(identity, STOCKTAKE_LIFECYCLE, {
      ...this.steps.step(identity, id),
      action: StocktakeAction.FINISH_COUNTING,
      apply: async (row, at, manager) => {
        const uncounted = (await this.steps.lines(manager, id)).filter((line) => line.countedQuantity === null);
        if (uncounted.length && !countMissingAsZero) throw new DomainError('STOCKTAKE_LINES_UNCOUNTED', { number: row.number, uncounted: uncounted.length });
        await this.steps.writeCounts(
          manager,
          identity,
          row,
          uncounted.map((line) => ({ line, countedQuantity: 0, missingAsZero: true })),
          at,
        );

        const lines = (await this.steps.lines(manager, id)).map(countedLine);
        const differing = lines.filter((line) => line.countedQuantity !== line.expectedQuantity);
        const lotIds = [
          ...differing.flatMap((line) => (line.lotId ? [line.lotId] : [])),
          ...(await lotIdsOfItems(
            manager,
            row.warehouseId,
            differing.filter((line) => !line.lotId).map((line) => line.itemId),
          )),
        ];
        const lots = lotIds.length ? await manager.findBy(StockLotRow, { id: In(lotIds) }) : [];
        const values = new Map(differing.map((line) => [line.id, planLine(line, lots).valueFen]));
        await this.steps.saveVarianceValues(
          manager,
          lines.map((line) => ({ lineId: line.id, valueFen: values.get(line.id) ?? 0 })),
        );
        Object.assign(row, { finishedAt: at, finishedByName: identity.name });
        lineCount = lines.length;
        countedAsZero = uncounted.length;
      },
      audit: (row, before) => ({ before, after: { ...row, countedAsZero } }),
      event: {
        contract: StocktakeCountingFinishedV1,
        data: (row, at) => ({ ...stocktakeFacts(row, identity, at), lineCount, countedAsZero }),
      },
    });
  }
}
