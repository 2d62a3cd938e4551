import { Injectable } from '@nestjs/common';
import { CleaningTaskAssignedV1, CleaningTaskOpenedV1, CleaningTaskUnassignableV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { uuidv7 } from '@houqin/platform-database';
import { nextDocumentNumbers } from '@houqin/platform-document-number';
import { DomainError } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent, TransitionRunner } from '@houqin/platform-lifecycle';
import { EntityManager, In } from 'typeorm';
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
 * (clean-plan.ts), the campus's deadlines, a number, 自动派工 (cleaner-choice.ts), the audit entries and events, in
 * the caller's transaction. A need already opened (its origin) is not opened again.
 */
@Injectable()
export class CleaningTaskDesk {
  constructor(
    private readonly changes: ChangeRecorder,
    private readonly transitions: TransitionRunner,
  ) {}

  async open(manager: EntityManager, identity: Identity, need: CleaningNeed, now = new Date()): Promise<CleaningTaskRow | null> {
    const [row] = await this.openAll(manager, identity, [need], now);
    return row ?? null;
  }

  /**
   * Several needs at once (a batch of discharges from the HIS feed), set-based: each task is planned, numbered and
   * given its cleaner in memory (the roster read once per campus, each choice counting the ones before it), then all
   * are written with one statement per table. A task nobody fits stays open and is announced for the supervisor.
   */
  async openAll(manager: EntityManager, identity: Identity, needs: readonly CleaningNeed[], now = new Date()): Promise<CleaningTaskRow[]> {
    const taken = needs.length
      ? new Set((await manager.find(CleaningTaskRow, { select: { origin: true }, where: { origin: In(needs.map((need) => need.origin)) } })).map((row) => row.origin))
      : new Set<string>();
    // Each origin once: one opened before, or twice in the batch, is not opened again.
    const fresh = needs.filter((need) => {
      if (taken.has(need.origin)) return false;
      taken.add(need.origin);
      return true;
    });
    if (!fresh.length) return [];
    const campusIds = [...new Set(fresh.map((need) => need.place.location.campusId))];
    const terms = new Map(await Promise.all(campusIds.map(async (campusId) => [campusId, await this.slaOf(manager, campusId)] as const)));
    const rosters = new Map(await Promise.all(campusIds.map(async (campusId) => [campusId, await this.candidates(manager, campusId)] as const)));
    const numbers = await nextDocumentNumbers(manager, NUMBER_PREFIX, now, fresh.length);
    const today = chinaToday(now);
    const opened = fresh.map((need, index) => this.planned(identity, need, numbers[index], terms.get(need.place.location.campusId) as CleaningSla, now));
    const tasks = opened.map((row) => {
      const roster = rosters.get(row.campusId) as CleanerCandidate[];
      const choice = chooseCleaner({ zoneId: row.zoneId, riskLevel: row.riskLevel as RiskLevel, today }, roster);
      if ('refusal' in choice) return { opened: row, row };
      const cleaner = roster.find((candidate) => candidate.cleanerId === choice.cleanerId) as CleanerCandidate;
      cleaner.openTasks += 1;
      cleaner.lastAssignedAt = now;
      return { opened: row, row: { ...row, status: CleaningTaskStatus.ASSIGNED, cleanerId: choice.cleanerId, assignedAt: now } };
    });
    const rows = tasks.map((task) => task.row);
    await manager.insert(CleaningTaskRow, rows);
    const assigned = tasks.filter((task) => task.row.cleanerId);
    if (assigned.length) await manager.update(CleanerRow, { id: In([...new Set(assigned.map((task) => task.row.cleanerId))]) }, { lastAssignedAt: now });
    const actor = actorOf(identity);
    await this.changes.recordAll(
      manager,
      identity,
      [
        ...opened.map((row) => ({
          audit: { action: 'cleaning-task.open', entityType: 'CleaningTask', entityId: row.id, campusId: row.campusId, before: null, after: row },
          events: [changeEvent(CleaningTaskOpenedV1, { ...taskFacts(row, now), ...deadlinesOf(row), actor }, row.id)],
        })),
        ...assigned.map(({ opened: before, row }) => ({
          audit: { action: CLEANING_TASK_LIFECYCLE.auditAction(CleaningTaskAction.ASSIGN), entityType: 'CleaningTask', entityId: row.id, campusId: row.campusId, before, after: row },
          events: [changeEvent(CleaningTaskAssignedV1, { ...taskFacts(row, now), actor }, row.id)],
        })),
      ],
      now,
    );
    const waiting = rows.filter((row) => !row.cleanerId);
    await this.changes.publish(manager, waiting.map((row) => changeEvent(CleaningTaskUnassignableV1, taskFacts(row, now), row.id)), now);
    return rows;
  }

  /** A need as a task to open: its plan (clean-plan.ts), the campus's deadlines and its number. */
  private planned(identity: Identity, need: CleaningNeed, number: string, sla: CleaningSla, now: Date): CleaningTaskRow {
    const { place } = need;
    const plan = planClean(need.kind, place.zoneRisk, need.precautions);
    return {
      id: uuidv7(now.getTime()),
      number,
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
      ...sla.deadlines(need.kind, need.openedAt),
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
  }

  /** 自动派工 of a task already open; one nobody fits still stays open (announced once, when it was opened). */
  private async autoAssign(manager: EntityManager, identity: Identity, row: CleaningTaskRow, now: Date): Promise<CleaningTaskRow> {
    const choice = chooseCleaner({ zoneId: row.zoneId, riskLevel: row.riskLevel as RiskLevel, today: chinaToday(now) }, await this.candidates(manager, row.campusId));
    return 'refusal' in choice ? row : this.assignTo(manager, identity, row.id, choice.cleanerId);
  }

  /**
   * Offers a campus's waiting tasks (opened when nobody fitted) again, oldest first, when its roster changes: a cleaner
   * registered, moved to other zones or newly trained.
   */
  async offerWaiting(manager: EntityManager, identity: Identity, campusId: string, now = new Date()): Promise<number> {
    const waiting = await manager.find(CleaningTaskRow, { where: { campusId, status: CleaningTaskStatus.OPEN }, order: { openedAt: 'ASC' }, take: 200 });
    let assigned = 0;
    for (const task of waiting) if ((await this.autoAssign(manager, identity, task, now)).status === CleaningTaskStatus.ASSIGNED) assigned++;
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
