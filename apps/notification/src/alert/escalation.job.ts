import { Scheduled, ScheduledJob } from '@houqin/platform-scheduler';
import { EntityManager } from 'typeorm';
import { NotificationRow } from '../inbox/notification.entity';
import { RaiseAlert } from './raise-alert.use-case';

const BATCH = 200;

/**
 * 升级: notifications nobody acknowledged by their `escalateAt` go on to their rule's escalation audience (the campus
 * admins for an SLA escalation); who that is and what they get is `RaiseAlert.escalate`'s to say.
 */
@Scheduled()
export class EscalationJob implements ScheduledJob {
  readonly name = 'notification.escalations';
  readonly intervalMs = 60_000;

  constructor(private readonly raiseAlert: RaiseAlert) {}

  async run(manager: EntityManager, now: Date): Promise<number> {
    const due = await manager
      .getRepository(NotificationRow)
      .createQueryBuilder('n')
      .where('n.escalateAt <= :now AND n.escalatedAt IS NULL AND n.acknowledgedAt IS NULL', { now })
      .orderBy('n.escalateAt')
      .take(BATCH)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    let escalated = 0;
    for (const row of due) {
      escalated += (await this.raiseAlert.escalate(manager, row)).length;
      await manager.update(NotificationRow, row.id, { escalatedAt: now });
    }
    return escalated;
  }
}
