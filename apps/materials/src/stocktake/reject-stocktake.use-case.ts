import { Injectable } from '@nestjs/common';
import { StocktakeRejectedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireText, requireUuid } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { STOCKTAKE_LIFECYCLE, StocktakeAction } from './stocktake-lifecycle';
import { stocktakeFacts, StocktakeSteps } from './stocktake-steps';
import { StocktakeRow } from './stocktake.entity';

/**
 * 驳回复盘: the reviewer doubts some counts and sends the stocktake back to counting. The counts stay (the
 * latest per line still counts) so only the doubtful lines need counting again; a recount takes the ledger of
 * its own moment as expected.
 */
@Injectable()
export class RejectStocktake {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly steps: StocktakeSteps,
  ) {}

  async execute(identity: Identity, stocktakeId: string, reasonText: string): Promise<StocktakeRow> {
    const id = requireUuid('id', stocktakeId);
    const reason = requireText('reason', reasonText, 500);
    return this.transitions.run(identity, STOCKTAKE_LIFECYCLE, {
      ...this.steps.step(identity, id),
      action: StocktakeAction.REJECT,
      apply: (row, at) => {
        Object.assign(row, { rejectedAt: at, rejectedByName: identity.name, rejectionReason: reason });
      },
      event: { contract: StocktakeRejectedV1, data: (row, at) => ({ ...stocktakeFacts(row, identity, at), reason }) },
    });
  }
}
