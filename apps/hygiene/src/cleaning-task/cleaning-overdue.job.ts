import { CleaningTaskOverdueV1 } from '@houqin/contracts';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { Scheduled, ScheduledJob } from '@houqin/platform-scheduler';
import { EntityManager } from 'typeorm';
import { CleaningTaskStatus } from './cleaning-task-lifecycle';
import { taskFacts } from './cleaning-task-facts';
import { CleaningTaskRow } from './cleaning-task.entity';

const S = CleaningTaskStatus;
const BATCH = 500;
const CLOCKS = { START: { due: 'startDueAt', open: [S.OPEN, S.ASSIGNED] }, READY: { due: 'readyDueAt', open: [S.OPEN, S.ASSIGNED, S.IN_PROGRESS] } } as const;

/**
 * Announces each cleaning task whose start or ready deadline passed unmet, once per clock (the alert reaches the
 * supervisor and the campus admin through notification). The mark is written with the event, so a restart repeats none.
 */
@Scheduled()
export class CleaningOverdueJob implements ScheduledJob {
  readonly name = 'hygiene.cleaning-overdue';
  readonly intervalMs = 60_000;

  constructor(private readonly changes: ChangeRecorder) {}

  async run(manager: EntityManager, now: Date): Promise<number> {
    let announced = 0;
    for (const [clock, { due, open }] of Object.entries(CLOCKS) as [keyof typeof CLOCKS, (typeof CLOCKS)[keyof typeof CLOCKS]][]) {
      const overdue = await manager
        .createQueryBuilder(CleaningTaskRow, 'task')
        .where(`task.status IN (:...open) AND task.${due} <= :now AND NOT (:clock = ANY(task.overdueClocks))`, { open, now, clock })
        .orderBy(`task.${due}`)
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const task of overdue) {
        const dueAt = clock === 'START' ? task.startDueAt : task.readyDueAt;
        await manager.update(CleaningTaskRow, { id: task.id }, { overdueClocks: [...task.overdueClocks, clock] });
        const overdueMinutes = Math.floor((now.getTime() - dueAt.getTime()) / 60_000);
        await this.changes.publish(manager, [changeEvent(CleaningTaskOverdueV1, { ...taskFacts(task, now), clock, dueAt: dueAt.toISOString(), overdueMinutes }, task.id)], now);
        announced++;
      }
    }
    return announced;
  }
}
