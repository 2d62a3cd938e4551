import { Inject, Injectable } from '@nestjs/common';
import { StocktakeCancelledV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireText, requireUuid } from '@houqin/platform-errors';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { StocktakeAction, statusAfter } from './stocktake-lifecycle';
import { stocktakeFacts, StocktakeSteps } from './stocktake-steps';
import { StocktakeRow } from './stocktake.entity';

/** 取消: the stocktake is abandoned before approval, nothing booked; its items are free for another count. */
@Injectable()
export class CancelStocktakeUseCase {
  constructor(
    @Inject(UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @Inject(Outbox) private readonly outbox: Outbox,
    private readonly steps: StocktakeSteps,
  ) {}

  async execute(identity: Identity, stocktakeId: string, reasonText: string): Promise<StocktakeRow> {
    const id = requireUuid('id', stocktakeId);
    const reason = requireText('reason', reasonText, 500);
    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      const before = await this.steps.lock(manager, identity, id);
      const after: StocktakeRow = {
        ...before,
        status: statusAfter(before, StocktakeAction.CANCEL),
        cancelledAt: now,
        cancelledByName: identity.name,
        cancelReason: reason,
      };
      await this.steps.record(manager, identity, { before, after, action: StocktakeAction.CANCEL, at: now });
      await this.outbox.append(manager, StocktakeCancelledV1, { ...stocktakeFacts(after, identity, now), reason }, { key: id, time: now });
      return after;
    });
  }
}
