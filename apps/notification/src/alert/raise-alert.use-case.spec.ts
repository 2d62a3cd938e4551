import { Role } from '@houqin/platform-auth';
import { CloudEvent } from '@houqin/platform-events';
import { EntityManager } from 'typeorm';
import { DeliveryPlan } from '../delivery/delivery-plan';
import { NotificationRow } from '../inbox/notification.entity';
import { NotificationSettings } from '../notification-settings';
import { Person } from '../recipient/person';
import { RecipientDirectory } from '../recipient/recipient-directory';
import { AlertRule, Audience, escalatedAlert, EventFields } from './alert-rule';
import { RaiseAlert } from './raise-alert.use-case';

const rule: AlertRule = {
  alert: 'ROUND_MISSED',
  event: 'maintenance.inspection.round-missed.v1',
  campus: 'campusId',
  subject: ['roundId'],
  window: 3600_000,
  severity: 'WARNING',
  variables: { routeName: 'routeName' },
  title: { 'zh-CN': '巡检漏检：{routeName}', en: 'Inspection round missed: {routeName}' },
  body: { 'zh-CN': '请督办。', en: 'Follow it up.' },
  link: '/maintenance/inspection-rounds',
  audience: [{ teamLeadOf: 'teamId' }],
  escalate: [{ role: Role.CAMPUS_ADMIN }, { role: Role.GROUP_ADMIN }],
};

const original: NotificationRow = {
  id: 'n-1',
  recipientKey: 'staff:lead',
  recipientName: '马立新',
  campusId: 'east',
  alert: 'ROUND_MISSED',
  subject: 'round-1',
  dedupKey: 'ROUND_MISSED|round-1|w42',
  eventId: 'event-1',
  eventType: 'maintenance.inspection.round-missed.v1',
  severity: 'WARNING',
  titleZh: '巡检漏检：配电房',
  titleEn: 'Inspection round missed: plant room',
  bodyZh: '请督办。',
  bodyEn: 'Follow it up.',
  link: '/maintenance/inspection-rounds',
  createdAt: new Date('2026-12-07T02:00:00Z'),
  readAt: null,
  acknowledgedAt: null,
  escalateAt: new Date('2026-12-07T02:15:00Z'),
  escalatedAt: null,
  escalatedFromId: null,
};

const zhou: Person = { key: 'subject:zhou', name: '周涛' };
const group: Person = { key: 'subject:group', name: '集团管理员' };

/** A directory that knows one lead, the East campus admin and a group admin who is also a campus admin. */
function directory(lead: Person | null) {
  const asked: { audience: Audience; campusId: string; data: EventFields }[] = [];
  const fake = {
    asked,
    resolve: async (_manager: EntityManager, audience: Audience, campusId: string, data: EventFields): Promise<Person[]> => {
      asked.push({ audience, campusId, data });
      if ('teamLeadOf' in audience) return lead ? [lead] : [];
      if ('role' in audience && audience.role === Role.CAMPUS_ADMIN) return [zhou, group];
      if ('role' in audience && audience.role === Role.GROUP_ADMIN) return [group];
      return [];
    },
  };
  return fake;
}

function raiseAlertWith(people: ReturnType<typeof directory>) {
  const settings = { escalateAfterMs: 15 * 60_000 } as NotificationSettings;
  const raiseAlert = new RaiseAlert(people as unknown as RecipientDirectory, {} as DeliveryPlan, settings);
  const notified = jest
    .spyOn(raiseAlert, 'notify')
    .mockImplementation(async (_manager, alert, reached) =>
      reached.map((person) => ({ ...original, id: `to-${person.key}`, recipientKey: person.key, titleZh: alert.title['zh-CN'] })),
    );
  return { raiseAlert, notified };
}

const manager = {} as EntityManager;

describe('raising and escalating alerts', () => {
  it('escalate an unacknowledged notification with the same subject and window, marked escalated', () => {
    expect(escalatedAlert(original)).toEqual({
      alert: 'ROUND_MISSED',
      campusId: 'east',
      subject: 'round-1',
      severity: 'WARNING',
      title: { 'zh-CN': '【升级】巡检漏检：配电房', en: '[Escalated] Inspection round missed: plant room' },
      body: { 'zh-CN': '马立新未在规定时间内确认。请督办。', en: '马立新 did not acknowledge it in time. Follow it up.' },
      link: '/maintenance/inspection-rounds',
    });
  });

  it('reach the escalation audience on the original’s campus, each person once, keeping the original’s window', async () => {
    const people = directory(null);
    const { raiseAlert, notified } = raiseAlertWith(people);
    const created = await raiseAlert.escalate(manager, original, [rule]);
    expect(created.map((row) => row.recipientKey)).toEqual(['subject:zhou', 'subject:group']);
    expect(people.asked).toEqual([
      { audience: { role: Role.CAMPUS_ADMIN }, campusId: 'east', data: {} },
      { audience: { role: Role.GROUP_ADMIN }, campusId: 'east', data: {} },
    ]);
    expect(notified).toHaveBeenCalledWith(manager, escalatedAlert(original), [zhou, group], {
      eventId: 'event-1',
      eventType: 'maintenance.inspection.round-missed.v1',
      escalateAt: null,
      escalatedFromId: 'n-1',
      dedupKey: 'ROUND_MISSED|round-1|w42',
    });
  });

  it('escalate nothing for a rule without an escalation audience, or one that no longer exists', async () => {
    const people = directory(null);
    const { raiseAlert, notified } = raiseAlertWith(people);
    expect(await raiseAlert.escalate(manager, original, [{ ...rule, escalate: undefined }])).toEqual([]);
    expect(await raiseAlert.escalate(manager, original, [])).toEqual([]);
    expect(people.asked).toEqual([]);
    expect(notified).not.toHaveBeenCalled();
  });

  it('resolve the escalation audience the same way when an event finds nobody in the first one', async () => {
    const event: CloudEvent<EventFields> = {
      id: 'event-2',
      type: rule.event,
      source: 'houqin/maintenance',
      subject: 'round-2',
      time: '2026-12-07T02:00:00.000Z',
      data: { campusId: 'east', roundId: 'round-2', routeName: '配电房', teamId: 'team-without-lead' },
      traceparent: null,
      tracestate: null,
    };
    const withoutLead = raiseAlertWith(directory(null));
    expect(await withoutLead.raiseAlert.execute(event, manager, [rule])).toBe(2);
    expect(withoutLead.notified.mock.calls[0][2]).toEqual([zhou, group]);
    expect(withoutLead.notified.mock.calls[0][3].escalateAt).toBeNull();

    const withLead = raiseAlertWith(directory({ key: 'staff:lead', name: '马立新' }));
    expect(await withLead.raiseAlert.execute(event, manager, [rule])).toBe(1);
    expect(withLead.notified.mock.calls[0][3].escalateAt).toBeInstanceOf(Date);
  });
});
