import { Injectable } from '@nestjs/common';
import { LinenExchangeClosedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { LinenExchangeRow } from './linen-exchange.entity';
import { LinenExchangeRepository } from './linen-exchange.repository';
import { LINEN_EXCHANGE_LIFECYCLE, LinenExchangeAction } from './linen-exchange-lifecycle';
import { linenExchangeFacts } from './linen-exchange-facts';
import { LinenCount, outstanding, settle } from './linen-lines';

/** 结清: the laundry will bring nothing more for this collection; what is outstanding is lost (and counts in the loss rate). */
@Injectable()
export class CloseLinenExchange {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: LinenExchangeRepository,
  ) {}

  execute(identity: Identity, linenExchangeId: string): Promise<LinenExchangeRow> {
    let lost: LinenCount[] = [];
    return this.transitions.run(identity, LINEN_EXCHANGE_LIFECYCLE, {
      action: LinenExchangeAction.CLOSE,
      load: (manager) => this.repository.findVisible(identity, linenExchangeId, manager, true),
      apply: (row, at) => {
        lost = row.lines.filter((line) => outstanding(line) > 0).map((line) => ({ kind: line.kind, quantity: outstanding(line) }));
        row.lines = settle(row.lines);
        row.closedAt = at;
      },
      event: { contract: LinenExchangeClosedV1, data: (row, at) => ({ ...linenExchangeFacts(row, identity, at), lost }) },
    });
  }
}
