import { Injectable } from '@nestjs/common';
import { PriceExceptionDecidedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { optionalText, requireText, requireUuid } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { effectiveStatus, PRICE_EXCEPTION_LIFECYCLE, PriceExceptionAction, PriceExceptionDecision, validUntilOf } from './price-exception-rules';
import { PriceExceptionRepository } from './price-exception.repository';
import { exceptionFacts } from './supplier-facts';
import { PriceExceptionRow } from './supplier.entity';

/**
 * 例外审批: the materials office approves (usable by one purchase order for 30 days) or rejects (with a reason)
 * a pending exception of its campus; never the one who requested it.
 */
@Injectable()
export class DecidePriceException {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly exceptions: PriceExceptionRepository,
  ) {}

  approve(identity: Identity, id: string, comment: string | null | undefined): Promise<PriceExceptionRow> {
    return this.decide(identity, requireUuid('id', id), 'APPROVED', optionalText('comment', comment, 500));
  }

  reject(identity: Identity, id: string, reason: string): Promise<PriceExceptionRow> {
    return this.decide(identity, requireUuid('id', id), 'REJECTED', requireText('reason', reason, 500));
  }

  private decide(identity: Identity, id: string, decision: PriceExceptionDecision, comment: string | null): Promise<PriceExceptionRow> {
    const approved = decision === 'APPROVED';
    const today = chinaToday(new Date());
    return this.transitions.run(identity, PRICE_EXCEPTION_LIFECYCLE, {
      action: approved ? PriceExceptionAction.APPROVE : PriceExceptionAction.REJECT,
      load: (manager) => this.exceptions.lock(manager, identity, id),
      stateOf: (row) => effectiveStatus(row, today),
      apply: (row, at) => {
        Object.assign(row, {
          decidedAt: at,
          decidedBySubject: identity.subject,
          decidedByName: identity.name,
          decisionComment: comment,
          validUntil: approved ? validUntilOf(chinaToday(at)) : null,
          updatedAt: at,
        });
      },
      save: (manager, row) => manager.update(PriceExceptionRow, { id }, { ...row }),
      event: {
        contract: PriceExceptionDecidedV1,
        data: (row, at) => ({ ...exceptionFacts(row, identity, at), decision, comment, validUntil: row.validUntil }),
      },
    });
  }
}
