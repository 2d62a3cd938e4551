import { Inject, Injectable } from '@nestjs/common';
import { StocktakeRejectedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireText, requireUuid } from '@houqin/platform-errors';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { StocktakeAction, statusAfter } from './stocktake-lifecycle';
import { stocktakeFacts, StocktakeSteps } from './stocktake-steps';
import { StocktakeRow } from './stocktake.entity';

/**
 * 驳回复盘: the reviewer doubts some counts and sends the stocktake back to counting. The counts stay (the
 * latest per line still counts) so only the doubtful lines need counting again; a recount takes the ledger of
 * its own moment as expected.
 */
@Injectable()
export class RejectStocktakeUseCase {
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
        status: statusAfter(before, StocktakeAction.REJECT),
        rejectedAt: now,
        rejectedByName: identity.name,
        rejectionReason: reason,
      };
      await this.steps.record(manager, identity, { before, after, action: StocktakeAction.REJECT, at: now });
      await this.outbox.append(manager, StocktakeRejectedV1, { ...stocktakeFacts(after, identity, now), reason }, { key: id, time: now });
      return after;
    });
  }
}
