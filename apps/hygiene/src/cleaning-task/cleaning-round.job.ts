import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { Scheduled, ScheduledJob } from '@houqin/platform-scheduler';
import { EntityManager } from 'typeorm';
import { RiskLevel } from '../zone/zone-kind';
import { ZoneRow } from '../zone/zone.entity';
import { CleaningPlaces } from './cleaning-place';
import { roundsDue } from './cleaning-rounds';
import { CleaningTaskDesk } from './cleaning-task-desk';
import { CleaningTaskStatus } from './cleaning-task-lifecycle';

const schedule = (campusId: string): Identity => ({ subject: 'system:hygiene.cleaning-rounds', staffId: null, name: '系统：保洁排班 (cleaning rounds)', roles: [], campusIds: [campusId] });

/**
 * Opens the zones' routine rounds and weekly deep cleans (cleaning-rounds.ts) on the Beijing calendar, one task per
 * round and place of the zone, assigned as any task is; and offers the tasks still waiting for a cleaner again. Each round's origin is unique, so runs that overlap or
 * repeat after a restart open nothing twice.
 */
@Scheduled()
export class CleaningRoundJob implements ScheduledJob {
  readonly name = 'hygiene.cleaning-rounds';
  readonly intervalMs = 5 * 60_000;

  constructor(
    private readonly places: CleaningPlaces,
    private readonly desk: CleaningTaskDesk,
  ) {}

  async run(manager: EntityManager, now: Date): Promise<number> {
    const today = chinaToday(now);
    let done = 0;
    for (const zone of await manager.findBy(ZoneRow, { active: true })) {
      for (const round of roundsDue(today, zone.riskLevel as RiskLevel, now)) {
        for (const locationId of zone.locationIds) {
          const place = await this.places.resolve(manager, locationId, zone.campusId, true);
          const task = await this.desk.open(
            manager,
            schedule(zone.campusId),
            { kind: round.kind, place, precautions: [], openedAt: round.startsAt, origin: `round:${zone.id}:${locationId}:${round.date}:${round.round}` },
            now,
          );
          if (task) done++;
        }
      }
    }
    // Tasks nobody could take when they were opened are offered again each run (a cleaner back from training, a
    // registration that raced the opening): the roster's own changes offer them too, this catches the rest.
    const waiting = await manager.query<{ campus_id: string }[]>(`SELECT DISTINCT campus_id FROM cleaning_task WHERE status = $1`, [CleaningTaskStatus.OPEN]);
    for (const { campus_id: campusId } of waiting) done += await this.desk.offerWaiting(manager, schedule(campusId), campusId, now);
    return done;
  }
}
