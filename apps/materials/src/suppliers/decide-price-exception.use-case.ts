import { Inject, Injectable } from '@nestjs/common';
import { PriceExceptionDecidedV1 } from '@houqin/contracts';
import { recordAudit } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { optionalText, requireText, requireUuid } from '@houqin/platform-errors';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { PriceExceptionDecision, PriceExceptionStatus, requireDecidable, validUntilOf } from './price-exception-rules';
import { PriceExceptionRepository } from './price-exception.repository';
import { exceptionFacts } from './supplier-facts';
import { PriceExceptionRow } from './supplier.entity';

/**
 * 例外审批: the materials office approves (usable by one purchase order for 30 days) or rejects (with a reason)
 * a pending exception of its campus; never the one who requested it.
 */
@Injectable()
export class DecidePriceExceptionUseCase {
  constructor(
    @Inject(UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @Inject(Outbox) private readonly outbox: Outbox,
    private readonly exceptions: PriceExceptionRepository,
  ) {}

  approve(identity: Identity, id: string, comment: string | null | undefined): Promise<PriceExceptionRow> {
    return this.decide(identity, requireUuid('id', id), 'APPROVED', optionalText('comment', comment, 500));
  }

  reject(identity: Identity, id: string, reason: string): Promise<PriceExceptionRow> {
    return this.decide(identity, requireUuid('id', id), 'REJECTED', requireText('reason', reason, 500));
  }

  private decide(identity: Identity, id: string, decision: PriceExceptionDecision, comment: string | null): Promise<PriceExceptionRow> {
    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      const today = chinaToday(now);
      const before = await this.exceptions.lock(manager, identity, id);
      requireDecidable(before, identity, decision, today);
      const approved = decision === 'APPROVED';
      const after: PriceExceptionRow = {
        ...before,
        status: approved ? PriceExceptionStatus.APPROVED : PriceExceptionStatus.REJECTED,
        decidedAt: now,
        decidedBySubject: identity.subject,
        decidedByName: identity.name,
        decisionComment: comment,
        validUntil: approved ? validUntilOf(today) : null,
        updatedAt: now,
      };
      await manager.update(PriceExceptionRow, { id }, after);
      await recordAudit(
        manager,
        identity,
        { action: `price-exception.${approved ? 'approve' : 'reject'}`, entityType: 'PriceException', entityId: id, campusId: after.campusId, before, after },
        now,
      );
      await this.outbox.append(
        manager,
        PriceExceptionDecidedV1,
        { ...exceptionFacts(after, identity, now), decision, comment, validUntil: after.validUntil },
        { key: id, time: now },
      );
      return after;
    });
  }
}
