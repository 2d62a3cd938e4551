import { Scheduled, ScheduledJob } from '@houqin/platform-scheduler';
import { EntityManager } from 'typeorm';
import { NotificationRow } from '../inbox/notification.entity';
import { RecipientDirectory } from '../recipient/recipient-directory';
import { ALERT_RULES } from './alert-rules';
import { RaiseAlert } from './raise-alert.use-case';

const BATCH = 200;

/**
 * 升级: notifications nobody acknowledged by their `escalateAt` go on to their rule's escalation audience (the campus
 * admins for an SLA escalation), with the same texts, marked escalated. The copy keeps the original's subject and
 * window, so an admin whom the producer's own second level also reaches gets one message, not two.
 */
@Scheduled()
export class EscalationJob implements ScheduledJob {
  readonly name = 'notification.escalations';
  readonly intervalMs = 60_000;

  constructor(
    private readonly raiseAlert: RaiseAlert,
    private readonly directory: RecipientDirectory,
  ) {}

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
      const rule = ALERT_RULES.find((r) => r.alert === row.alert && r.event === row.eventType && r.escalate?.length);
      const people = [];
      for (const audience of rule?.escalate ?? []) people.push(...(await this.directory.resolve(manager, audience, row.campusId, {})));
      const alert = {
        alert: row.alert,
        campusId: row.campusId,
        subject: row.subject,
        severity: row.severity as 'INFO' | 'WARNING' | 'URGENT',
        title: { 'zh-CN': `【升级】${row.titleZh}`, en: `[Escalated] ${row.titleEn}` },
        body: { 'zh-CN': `${row.recipientName}未在规定时间内确认。${row.bodyZh}`, en: `${row.recipientName} did not acknowledge it in time. ${row.bodyEn}` },
        link: row.link,
      };
      const created = await this.raiseAlert.notify(manager, alert, people, {
        eventId: row.eventId,
        eventType: row.eventType,
        escalateAt: null,
        escalatedFromId: row.id,
        dedupKey: row.dedupKey,
      });
      escalated += created.length;
      await manager.update(NotificationRow, row.id, { escalatedAt: now });
    }
    return escalated;
  }
}
