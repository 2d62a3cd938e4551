import { Injectable } from '@nestjs/common';
import { CleaningTaskCancelledV1, CleaningTaskPrioritisedV1, EncounterAdmittedV1, EventData } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { ChangeRecorder, changeEvent, TransitionRunner } from '@houqin/platform-lifecycle';
import { EntityManager, In } from 'typeorm';
import { CleaningPlaces } from './cleaning-place';
import { CleaningPriority, CleaningTaskKind } from './cleaning-task-kind';
import { CleaningTaskAction, CLEANING_TASK_LIFECYCLE, CleaningTaskStatus, UNFINISHED } from './cleaning-task-lifecycle';
import { CleaningNeed, CleaningTaskDesk } from './cleaning-task-desk';
import { deadlinesOf, taskFacts } from './cleaning-task-facts';
import { CleaningTaskRow } from './cleaning-task.entity';

type Encounter = EventData<typeof EncounterAdmittedV1>;

/** Who the audit trail names for what the HIS feed did to cleaning: the feed, on the event's campus. */
export const hisFeed = (campusId: string | null): Identity => ({
  subject: 'system:hygiene.his-feed',
  staffId: null,
  name: '系统：HIS 出入院 (HIS feed)',
  roles: [],
  campusIds: campusId ? [campusId] : [],
});

/** Places the HIS names that are cleaned as one task: a bed or a room, not a whole ward (an unbedded encounter). */
const CLEANED_ONE_BY_ONE = ['BED', 'ROOM'];

/**
 * 终末消毒 from the HIS feed: a bed a patient leaves (A03, or A02 out of it) gets its terminal clean, raised by the
 * patient's isolation precautions; an admission waiting for a bed not yet cleaned puts that clean first; a discharge
 * cancelled (A13) before the clean started cancels it (once started, it is finished: the bed is clean either way).
 */
@Injectable()
export class TerminalCleanFeed {
  constructor(
    private readonly places: CleaningPlaces,
    private readonly desk: CleaningTaskDesk,
    private readonly transitions: TransitionRunner,
    private readonly changes: ChangeRecorder,
  ) {}

  async vacated(manager: EntityManager, encounter: Encounter, locationId: string | null): Promise<void> {
    await this.vacatedAll(manager, [{ encounter, locationId }]);
  }

  /** Beds several patients left (a batch of discharges): their terminal cleans opened and assigned together. */
  async vacatedAll(manager: EntityManager, moves: readonly { encounter: Encounter; locationId: string | null }[]): Promise<void> {
    const places = await this.places.resolveAllIfCleanable(manager, moves.flatMap(({ locationId }) => (locationId ? [locationId] : [])));
    const needs: (CleaningNeed & { campusId: string })[] = [];
    for (const { encounter, locationId } of moves) {
      const place = locationId ? places.get(locationId) : null;
      if (!place || !CLEANED_ONE_BY_ONE.includes(place.location.kind)) continue;
      const openedAt = new Date(encounter.occurredAt);
      needs.push({
        campusId: place.location.campusId,
        kind: CleaningTaskKind.TERMINAL,
        place,
        precautions: encounter.precautions,
        openedAt,
        origin: `his:${encounter.encounterId}:${locationId}:${openedAt.toISOString()}`,
        encounterId: encounter.encounterId,
      });
    }
    // The audit trail names the feed on each task's campus: one call per campus (a batch is nearly always one).
    for (const campusId of new Set(needs.map((need) => need.campusId))) {
      await this.desk.openAll(manager, hisFeed(campusId), needs.filter((need) => need.campusId === campusId));
    }
  }

  async awaited(manager: EntityManager, encounter: Encounter): Promise<void> {
    const waiting = await this.unfinishedTerminal(manager, { locationId: encounter.locationId ?? undefined });
    const now = new Date();
    for (const row of waiting.filter((task) => task.priority !== CleaningPriority.CLEAN_NEXT)) {
      const before = { ...row };
      Object.assign(row, { priority: CleaningPriority.CLEAN_NEXT }, (await this.desk.slaOf(manager, row.campusId)).cleanNext(row, now));
      await manager.save(row);
      await this.changes.record(
        manager,
        hisFeed(row.campusId),
        {
          audit: { action: 'cleaning-task.prioritise', entityType: 'CleaningTask', entityId: row.id, campusId: row.campusId, before, after: row },
          events: [changeEvent(CleaningTaskPrioritisedV1, { ...taskFacts(row, now), ...deadlinesOf(row) }, row.id)],
        },
        now,
      );
    }
  }

  async dischargeCancelled(manager: EntityManager, encounter: Encounter): Promise<void> {
    const unstarted = (await this.unfinishedTerminal(manager, { encounterId: encounter.encounterId, locationId: encounter.locationId ?? undefined })).filter(
      (task) => task.status !== CleaningTaskStatus.IN_PROGRESS,
    );
    const reason = 'HIS 撤销出院 (A13)';
    for (const task of unstarted) {
      await this.transitions.runIn(manager, hisFeed(task.campusId), CLEANING_TASK_LIFECYCLE, {
        action: CleaningTaskAction.CANCEL,
        load: (m) => m.findOneOrFail(CleaningTaskRow, { where: { id: task.id }, lock: { mode: 'pessimistic_write' } }),
        apply: (row, at) => {
          row.cancelledAt = at;
          row.cancelReason = reason;
        },
        event: { contract: CleaningTaskCancelledV1, data: (row, at) => ({ ...taskFacts(row, at), reason }) },
      });
    }
  }

  private unfinishedTerminal(manager: EntityManager, where: { locationId?: string; encounterId?: string }): Promise<CleaningTaskRow[]> {
    if (!where.locationId) return Promise.resolve([]);
    return manager.find(CleaningTaskRow, { where: { ...where, kind: CleaningTaskKind.TERMINAL, status: In([...UNFINISHED]) }, lock: { mode: 'pessimistic_write' } });
  }
}
