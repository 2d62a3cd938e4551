import { Injectable } from '@nestjs/common';
import { PestFollowUpRecheckedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { DomainError, optionalText, requireIsoDate } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { requireLoggedDate } from '../common/logbook-date';
import { PestFollowUpRow } from './pest-control-visit.entity';
import { RecheckPestFollowUpInput } from './pest-control-visit.inputs';
import { PestControlVisitRepository } from './pest-control-visit.repository';
import { PestFollowUpStatus } from './pest';
import { requireDueAfter } from './pest-findings';
import { pestFollowUpFacts } from './pest-follow-up-facts';
import { PEST_FOLLOW_UP_LIFECYCLE, PestFollowUpAction } from './pest-follow-up-lifecycle';
import { TEXT_MAX } from './record-pest-control-visit.use-case';

/** 复查: cleared closes the follow-up; not cleared keeps it open, due again on the next date. */
@Injectable()
export class RecheckPestFollowUp {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: PestControlVisitRepository,
  ) {}

  static validate(input: RecheckPestFollowUpInput, now: Date): { recheckedOn: string; cleared: boolean; nextDueOn: string | null; note: string | null } {
    const recheckedOn = requireLoggedDate('recheckedOn', input.recheckedOn, now);
    const nextDueOn = input.cleared ? null : input.nextDueOn ? requireDueAfter('nextDueOn', requireIsoDate('nextDueOn', input.nextDueOn), recheckedOn) : null;
    if (!input.cleared && !nextDueOn) throw new DomainError('TEXT_REQUIRED', { field: 'nextDueOn' });
    return { recheckedOn, cleared: input.cleared, nextDueOn, note: optionalText('note', input.note, TEXT_MAX) };
  }

  execute(identity: Identity, input: RecheckPestFollowUpInput): Promise<PestFollowUpRow> {
    const valid = RecheckPestFollowUp.validate(input, new Date());
    return this.transitions.run(identity, PEST_FOLLOW_UP_LIFECYCLE, {
      action: PestFollowUpAction.RECHECK,
      load: (manager) => this.repository.findFollowUp(identity, input.followUpId, manager, true),
      apply: (row, at) => {
        row.recheckedOn = valid.recheckedOn;
        row.recheckNote = valid.note;
        if (valid.cleared) {
          row.status = PestFollowUpStatus.CLOSED;
          row.closedAt = at;
        } else {
          row.dueOn = valid.nextDueOn as string;
        }
      },
      event: {
        contract: PestFollowUpRecheckedV1,
        data: (row, at) => ({
          ...pestFollowUpFacts(row, at),
          cleared: valid.cleared,
          recheckedOn: valid.recheckedOn,
          actor: { subject: identity.subject, staffId: identity.staffId, name: identity.name },
        }),
        key: (row) => row.visitId,
      },
    });
  }
}
