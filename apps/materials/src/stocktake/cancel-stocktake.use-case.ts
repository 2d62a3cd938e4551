import { Injectable } from '@nestjs/common';
import { StocktakeCancelledV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireText, requireUuid } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { STOCKTAKE_LIFECYCLE, StocktakeAction } from './stocktake-lifecycle';
import { stocktakeFacts, StocktakeSteps } from './stocktake-steps';
import { StocktakeRow } from './stocktake.entity';

/** 取消: the stocktake is abandoned before approval, nothing booked; its items are free for another count. */
@Injectable()
export class CancelStocktake {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly steps: StocktakeSteps,
  ) {}

  async execute(identity: Identity, stocktakeId: string, reasonText: string): Promise<StocktakeRow> {
    const id = requireUuid('id', stocktakeId);
    const reason = requireText('reason', reasonText, 500);
    return this.transitions.run(identity, STOCKTAKE_LIFECYCLE, {
      ...this.steps.step(identity, id),
      action: StocktakeAction.CANCEL,
      apply: (row, at) => {
        Object.assign(row, { cancelledAt: at, cancelledByName: identity.name, cancelReason: reason });
      },
      event: { contract: StocktakeCancelledV1, data: (row, at) => ({ ...stocktakeFacts(row, identity, at), reason }) },
    });
  }
}
