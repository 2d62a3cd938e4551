import { Inject, Injectable } from '@nestjs/common';
import { uuidv7 } from '@houqin/platform-database';
import { CloudEvent } from '@houqin/platform-events';
import { EntityManager } from 'typeorm';
import { deduplicationKey } from '../channel/deduplication-key';
import { DeliveryPlan } from '../delivery/delivery-plan';
import { NotificationRow } from '../inbox/notification.entity';
import { NOTIFICATION_SETTINGS, NotificationSettings } from '../notification-settings';
import { Person } from '../recipient/person';
import { RecipientDirectory } from '../recipient/recipient-directory';
import { ALERT_RULES } from './alert-rules';
import { AlertRule, applies, Audience, escalatedAlert, EventFields, raise, RaisedAlert } from './alert-rule';

/**
 * An alert event, in the consumer's transaction (so once per event, whatever Kafka redelivers): for each rule it
 * meets, one inbox entry per person of the audience (one per person, subject and window: a repeat is no second
 * message), then their outbound deliveries. With nobody in the first audience (a crew without a lead), the escalation
 * audience gets it at once rather than after the wait.
 */
@Injectable()
export class RaiseAlert {
  constructor(
    private readonly directory: RecipientDirectory,
    private readonly deliveries: DeliveryPlan,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {}

  async execute(event: CloudEvent<EventFields>, manager: EntityManager, rules: readonly AlertRule[] = ALERT_RULES): Promise<number> {
    let raised = 0;
    for (const rule of rules.filter((r) => r.event === event.type && applies(r, event.data))) {
      const alert = raise(rule, event.data);
      const people = await this.people(manager, rule.audience, alert, event.data);
      const escalating = rule.escalate?.length ? rule.escalate : null;
      const reached = people.length ? people : escalating ? await this.people(manager, escalating, alert, event.data) : [];
      const escalateAt = people.length && escalating ? new Date(Date.now() + this.settings.escalateAfterMs) : null;
      const dedupKey = deduplicationKey({ type: alert.alert, subject: alert.subject, occurredAt: new Date(event.time) }, rule.window).key;
      raised += (await this.notify(manager, alert, reached, { eventId: event.id, eventType: event.type, dedupKey, escalateAt })).length;
    }
    return raised;
  }

  /**
   * 升级: a notification nobody acknowledged goes on to its rule's escalation audience (roles on its campus: the event
   * is not at hand any more), as an escalated copy keeping the original's subject and window, so a person the producer's
   * own second level also reaches gets one message, not two. Returns the new entries (none when the rule has no
   * escalation audience, or everyone in it already has the alert).
   */
  async escalate(manager: EntityManager, original: NotificationRow, rules: readonly AlertRule[] = ALERT_RULES): Promise<NotificationRow[]> {
    const rule = rules.find((r) => r.alert === original.alert && r.event === original.eventType && r.escalate?.length);
    if (!rule?.escalate) return [];
    const alert = escalatedAlert(original);
    const people = await this.people(manager, rule.escalate, alert, {});
    return this.notify(manager, alert, people, {
      eventId: original.eventId,
      eventType: original.eventType,
      escalateAt: null,
      escalatedFromId: original.id,
      dedupKey: original.dedupKey,
    });
  }

  private async people(manager: EntityManager, audiences: readonly Audience[], alert: RaisedAlert, data: EventFields): Promise<Person[]> {
    const found = new Map<string, Person>();
    for (const audience of audiences) for (const person of await this.directory.resolve(manager, audience, alert.campusId, data)) found.set(person.key, person);
    return [...found.values()];
  }

  /** Inbox entries (those not already there for this window) and their deliveries; returns the new entries. */
  async notify(
    manager: EntityManager,
    alert: RaisedAlert,
    people: readonly Person[],
    /** `dedupKey`: alert, subject and window; the same for an escalation as for its original (one message per person and window). */
    origin: { eventId: string; eventType: string; dedupKey: string; escalateAt: Date | null; escalatedFromId?: string },
  ): Promise<NotificationRow[]> {
    if (!people.length) return [];
    const now = new Date();
    const rows: NotificationRow[] = people.map((person) => ({
      id: uuidv7(),
      recipientKey: person.key,
      recipientName: person.name,
      campusId: alert.campusId,
      alert: alert.alert,
      subject: alert.subject,
      dedupKey: origin.dedupKey,
      eventId: origin.eventId,
      eventType: origin.eventType,
      severity: alert.severity,
      titleZh: alert.title['zh-CN'],
      titleEn: alert.title.en,
      bodyZh: alert.body['zh-CN'],
      bodyEn: alert.body.en,
      link: alert.link,
      createdAt: now,
      readAt: null,
      acknowledgedAt: null,
      escalateAt: origin.escalateAt,
      escalatedAt: null,
      escalatedFromId: origin.escalatedFromId ?? null,
    }));
    const inserted: { id: string }[] = await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationRow)
      .values(rows)
      .orIgnore()
      .returning(['id'])
      .execute()
      .then((result) => result.raw);
    const created = rows.filter((row) => inserted.some((i) => i.id === row.id));
    await this.deliveries.plan(manager, created, now);
    return created;
  }
}
