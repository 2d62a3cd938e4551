import { Inject, Injectable } from '@nestjs/common';
import { StocktakeCountingFinishedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { DomainError, requireUuid } from '@houqin/platform-errors';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { In } from 'typeorm';
import { StockLotRow } from '../stock/stock-lot.entity';
import { StocktakeAction, statusAfter } from './stocktake-lifecycle';
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
export class FinishStocktakeCountingUseCase {
  constructor(
    @Inject(UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @Inject(Outbox) private readonly outbox: Outbox,
    private readonly steps: StocktakeSteps,
  ) {}

  async execute(identity: Identity, stocktakeId: string, countMissingAsZero: boolean): Promise<StocktakeRow> {
    const id = requireUuid('id', stocktakeId);
    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      const before = await this.steps.lock(manager, identity, id);
      const after: StocktakeRow = { ...before, status: statusAfter(before, StocktakeAction.FINISH_COUNTING), finishedAt: now, finishedByName: identity.name };
      const uncounted = (await this.steps.lines(manager, id)).filter((line) => line.countedQuantity === null);
      if (uncounted.length && !countMissingAsZero) throw new DomainError('STOCKTAKE_LINES_UNCOUNTED', { number: before.number, uncounted: uncounted.length });
      await this.steps.writeCounts(
        manager,
        identity,
        before,
        uncounted.map((line) => ({ line, countedQuantity: 0, missingAsZero: true })),
        now,
      );

      const lines = (await this.steps.lines(manager, id)).map(countedLine);
      const differing = lines.filter((line) => line.countedQuantity !== line.expectedQuantity);
      const lotIds = [
        ...differing.flatMap((line) => (line.lotId ? [line.lotId] : [])),
        ...(await lotIdsOfItems(
          manager,
          before.warehouseId,
          differing.filter((line) => !line.lotId).map((line) => line.itemId),
        )),
      ];
      const lots = lotIds.length ? await manager.findBy(StockLotRow, { id: In(lotIds) }) : [];
      const values = new Map(differing.map((line) => [line.id, planLine(line, lots).valueFen]));
      await this.steps.saveVarianceValues(
        manager,
        lines.map((line) => ({ lineId: line.id, valueFen: values.get(line.id) ?? 0 })),
      );

      await this.steps.record(manager, identity, {
        before,
        after,
        action: StocktakeAction.FINISH_COUNTING,
        at: now,
        detail: { countedAsZero: uncounted.length },
      });
      await this.outbox.append(
        manager,
        StocktakeCountingFinishedV1,
        { ...stocktakeFacts(after, identity, now), lineCount: lines.length, countedAsZero: uncounted.length },
        { key: id, time: now },
      );
      return after;
    });
  }
}
