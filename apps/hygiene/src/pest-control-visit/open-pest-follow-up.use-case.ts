import { Injectable } from '@nestjs/common';
import { PestFollowUpOpenedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, requireIsoDate, requireText } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { PestFollowUpRow } from './pest-control-visit.entity';
import { OpenPestFollowUpInput } from './pest-control-visit.inputs';
import { PestControlVisitRepository } from './pest-control-visit.repository';
import { PestFollowUpStatus } from './pest';
import { requireDueAfter } from './pest-findings';
import { pestFollowUpFacts } from './pest-follow-up-facts';
import { TEXT_MAX } from './record-pest-control-visit.use-case';

/** 整改: a follow-up opened from a finding, with its action and re-check date; one open follow-up per finding. */
@Injectable()
export class OpenPestFollowUp {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly repository: PestControlVisitRepository,
  ) {}

  static validate(input: OpenPestFollowUpInput, now: Date): { action: string; dueOn: string } {
    return {
      action: requireText('action', input.action, TEXT_MAX),
      dueOn: requireDueAfter('dueOn', requireIsoDate('dueOn', input.dueOn), chinaToday(now)),
    };
  }

  execute(identity: Identity, input: OpenPestFollowUpInput): Promise<PestFollowUpRow> {
    const valid = OpenPestFollowUp.validate(input, new Date());
    return this.unitOfWork.run(async (manager) => {
      // Locked, so two people opening one at once get one follow-up and one refusal.
      const finding = await this.repository.findFinding(identity, input.findingId, manager);
      if (await manager.existsBy(PestFollowUpRow, { findingId: finding.id, status: PestFollowUpStatus.OPEN }))
        throw new DomainError('PEST_FOLLOW_UP_ALREADY_OPEN');
      const now = new Date();
      const row: PestFollowUpRow = {
        id: uuidv7(),
        findingId: finding.id,
        visitId: finding.visitId,
        campusId: finding.campusId,
        locationId: finding.locationId,
        pest: finding.pest,
        ...valid,
        status: PestFollowUpStatus.OPEN,
        recheckedOn: null,
        recheckNote: null,
        overdueAlertedFor: null,
        openedAt: now,
        openedBy: identity.subject,
        closedAt: null,
      };
      await manager.insert(PestFollowUpRow, row);
      const actor = { subject: identity.subject, staffId: identity.staffId, name: identity.name };
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'pest_follow_up.open', entityType: 'PestFollowUp', entityId: row.id, campusId: row.campusId, before: null, after: row },
          events: [changeEvent(PestFollowUpOpenedV1, { ...pestFollowUpFacts(row, now), action: row.action, actor }, row.visitId)],
        },
        now,
      );
      return row;
    });
  }
}
