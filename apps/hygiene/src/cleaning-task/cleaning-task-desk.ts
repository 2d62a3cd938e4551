import { Injectable } from '@nestjs/common';
import { CleaningTaskAssignedV1, CleaningTaskOpenedV1, CleaningTaskUnassignableV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { uuidv7 } from '@houqin/platform-database';
import { nextDocumentNumber } from '@houqin/platform-document-number';
import { DomainError } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent, TransitionRunner } from '@houqin/platform-lifecycle';
import { EntityManager } from 'typeorm';
import { CleanerRow } from '../cleaner/cleaner.entity';
import { RiskLevel } from '../zone/zone-kind';
import { planClean } from './clean-plan';
import { CleanerCandidate, chooseCleaner, isTrained, needsTraining } from './cleaner-choice';
import { CleaningPlace } from './cleaning-place';
import { CleaningSla } from './cleaning-sla';
import { CleaningPriority, CleaningTaskKind, CLEANING_TASK_KIND_ZH } from './cleaning-task-kind';
import { CleaningTaskAction, CLEANING_TASK_LIFECYCLE, CleaningTaskStatus, UNFINISHED } from './cleaning-task-lifecycle';
import { deadlinesOf, taskFacts } from './cleaning-task-facts';
import { CleaningSlaRow, CleaningTaskRow } from './cleaning-task.entity';

/** 保洁任务单号: BJ-20261207-000001. */
const NUMBER_PREFIX = 'BJ';

export interface CleaningNeed {
  kind: CleaningTaskKind;
  place: CleaningPlace;
  precautions: readonly string[];
  /** When the need arose: the clocks run from it. */
  openedAt: Date;
  /** Unique per thing that asked (cleaning-task.entity.ts). */
  origin: string;
  encounterId?: string | null;
  note?: string;
  priority?: CleaningPriority;
}

export const actorOf = (identity: Identity) => ({ subject: identity.subject, staffId: identity.staffId, name: identity.name });

/**
 * Opens and assigns cleaning tasks, whoever asks (the HIS feed, a ward, an inspection, a finished repair): the plan
 * (clean-plan.ts), the campus's deadlines, a number, the audit entry and event, then 自动派工 (cleaner-choice.ts) in
 * the same transaction. A need already opened (its origin) is not opened again.
 */
@Injectable()
export class CleaningTaskDesk {
  constructor(
    private readonly changes: ChangeRecorder,
    private readonly transitions: TransitionRunner,
  ) {}

  async open(manager: EntityManager, identity: Identity, need: CleaningNeed, now = new Date()): Promise<CleaningTaskRow | null> {
    if (await manager.existsBy(CleaningTaskRow, { origin: need.origin })) return null;
    const { place } = need;
    const plan = planClean(need.kind, place.zoneRisk, need.precautions);
    const deadlines = (await this.slaOf(manager, place.location.campusId)).deadlines(need.kind, need.openedAt);
    const row: CleaningTaskRow = {
      id: uuidv7(now.getTime()),
      number: await nextDocumentNumber(manager, NUMBER_PREFIX, now),
      campusId: place.location.campusId,
      kind: need.kind,
      priority: need.priority ?? CleaningSla.priorityOf(need.kind),
      status: CleaningTaskStatus.OPEN,
      locationId: place.location.id,
      bedId: place.bedId,
      scanLocationId: place.scanLocationId,
      wardId: place.wardId,
      zoneId: place.zone?.id ?? null,
      riskLevel: plan.riskLevel,
      precautions: [...need.precautions],
      chlorineMgPerL: plan.chlorineMgPerL,
      checklist: plan.checklist,
      checkedItems: null,
      encounterId: need.encounterId ?? null,
      origin: need.origin,
      note: need.note ?? '',
      openedAt: need.openedAt,
      ...deadlines,
      cleanerId: null,
      assignedAt: null,
      startedAt: null,
      finishedAt: null,
      cancelledAt: null,
      cancelReason: null,
      overdueClocks: [],
      createdAt: now,
      createdBy: identity.subject,
    };
    await manager.insert(CleaningTaskRow, row);
    await this.changes.record(
      manager,
      identity,
      {
        audit: { action: 'cleaning-task.open', entityType: 'CleaningTask', entityId: row.id, campusId: row.campusId, before: null, after: row },
        events: [changeEvent(CleaningTaskOpenedV1, { ...taskFacts(row, now), ...deadlinesOf(row), actor: actorOf(identity) }, row.id)],
      },
      now,
    );
    return this.autoAssign(manager, identity, row, now);
  }

  /** 自动派工; a task nobody fits stays open and is announced for the supervisor (once: not again when offered later). */
  async autoAssign(manager: EntityManager, identity: Identity, row: CleaningTaskRow, now = new Date(), announce = true): Promise<CleaningTaskRow> {
    const choice = chooseCleaner({ zoneId: row.zoneId, riskLevel: row.riskLevel as RiskLevel, today: chinaToday(now) }, await this.candidates(manager, row.campusId));
    if ('refusal' in choice) {
      if (announce) await this.changes.publish(manager, [changeEvent(CleaningTaskUnassignableV1, taskFacts(row, now), row.id)], now);
      return row;
    }
    return this.assignTo(manager, identity, row.id, choice.cleanerId);
  }

  /**
   * Offers a campus's waiting tasks (opened when nobody fitted) again, oldest first, when its roster changes: a cleaner
   * registered, moved to other zones or newly trained.
   */
  async offerWaiting(manager: EntityManager, identity: Identity, campusId: string, now = new Date()): Promise<number> {
    const waiting = await manager.find(CleaningTaskRow, { where: { campusId, status: CleaningTaskStatus.OPEN }, order: { openedAt: 'ASC' }, take: 200 });
    let assigned = 0;
    for (const task of waiting) if ((await this.autoAssign(manager, identity, task, now, false)).status === CleaningTaskStatus.ASSIGNED) assigned++;
    return assigned;
  }

  /** Assigns (or reassigns) a task to a cleaner of its campus, trained when the task is high-risk. */
  async assignTo(manager: EntityManager, identity: Identity, taskId: string, cleanerId: string, load?: (manager: EntityManager) => Promise<CleaningTaskRow>): Promise<CleaningTaskRow> {
    return this.transitions.runIn(manager, identity, CLEANING_TASK_LIFECYCLE, {
      action: CleaningTaskAction.ASSIGN,
      load: load ?? ((m) => m.findOneOrFail(CleaningTaskRow, { where: { id: taskId }, lock: { mode: 'pessimistic_write' } })),
      authorise: async (row, at) => {
        const cleaner = await manager.findOneBy(CleanerRow, { id: cleanerId, campusId: row.campusId as string, active: true });
        if (!cleaner) throw new DomainError('CLEANER_NOT_ON_CAMPUS', { name: cleanerId });
        if (needsTraining({ riskLevel: row.riskLevel as RiskLevel }) && !isTrained(cleaner, chinaToday(at))) {
          const kind = row.kind as CleaningTaskKind;
          throw new DomainError('CLEANER_NOT_TRAINED', { name: cleanerId, task: kind, taskZh: CLEANING_TASK_KIND_ZH[kind] });
        }
      },
      apply: async (row, at) => {
        row.cleanerId = cleanerId;
        row.assignedAt = at;
        await manager.update(CleanerRow, { id: cleanerId }, { lastAssignedAt: at });
      },
      event: { contract: CleaningTaskAssignedV1, data: (row, at) => ({ ...taskFacts(row, at), actor: actorOf(identity) }) },
    });
  }

  async slaOf(manager: EntityManager, campusId: string): Promise<CleaningSla> {
    const terms = await manager.findOneBy(CleaningSlaRow, { campusId });
    return new CleaningSla(terms ?? undefined);
  }

  private async candidates(manager: EntityManager, campusId: string): Promise<CleanerCandidate[]> {
    const rows = await manager.query<{ id: string; zone_ids: string[]; trained_until: string | null; last_assigned_at: Date | null; open_tasks: number }[]>(
      `SELECT c.id, c.zone_ids, to_char(c.trained_until, 'YYYY-MM-DD') AS trained_until, c.last_assigned_at,
              (SELECT count(*)::int FROM cleaning_task t WHERE t.cleaner_id = c.id AND t.status = ANY($2)) AS open_tasks
         FROM cleaner c WHERE c.campus_id = $1 AND c.active`,
      [campusId, UNFINISHED.filter((s) => s !== CleaningTaskStatus.OPEN)],
    );
    return rows.map((r) => ({ cleanerId: r.id, zoneIds: r.zone_ids, trainedUntil: r.trained_until, openTasks: r.open_tasks, lastAssignedAt: r.last_assigned_at }));
  }
}
