import { WorkOrderSlaEscalatedV1 } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { chinaDateTime, chinaInstant, chinaToday } from '@houqin/platform-calendar';
import { uuidv7 } from '@houqin/platform-database';
import {
  Answer,
  errorCode,
  eventually,
  gatewayCaller,
  OrgFixture,
  publishEvents,
  ReceivedRequest,
  TestHttpReceiver,
  TestPlatform,
} from '@houqin/platform-testing';
import { ParsedMail, simpleParser } from 'mailparser';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * Alerts reaching people through the real notification service, on a real Postgres and Kafka, behind the gateway:
 * the event arrives on Kafka as maintenance would publish it, the inbox is read through GraphQL, and the outbound
 * channels call real servers the test starts (an HTTP server playing WeCom and the SMS gateway, a real SMTP server).
 */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const PLUMBING = org.team(EAST, '水电班', 'PLUMBING');
const LEAD = org.staff(EAST, { name: '马立新', teamId: PLUMBING });
org.teamLead(PLUMBING, EAST, LEAD);

const lead: Identity = { subject: 'lead-ma', staffId: LEAD, name: '马立新', roles: [Role.TECHNICIAN], campusIds: [EAST] };
const eastAdmin: Identity = { subject: 'east-admin', staffId: randomUUID(), name: '周涛', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'west-admin', staffId: randomUUID(), name: '高明', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };

const ESCALATE_AFTER_SECONDS = 15;
const INBOX = `{ myNotifications(first: 20) { totalCount edges { node { id alert severity title titleEn body link escalated readAt acknowledgedAt } } } myInboxCounts { unread unacknowledged } }`;
const DELIVERIES = `query($status: NotificationDeliveryStatus) { notificationDeliveries(first: 50, status: $status) {
  edges { node { id channel status attempts nextAttemptAt lastError recipientName title log { attempt outcome detail resentBy } } } } }`;
const PREFERENCES = `mutation($input: SetNotificationPreferencesInput!) { setMyNotificationPreferences(input: $input) { channels { channel minimumSeverity } quietHours mobile email } }`;

describe('notification: alerts reach people', () => {
  let platform: TestPlatform;
  let wecom: TestHttpReceiver;
  let sms: TestHttpReceiver;
  let smtp: SMTPServer;
  const mails: ParsedMail[] = [];
  const gateway = gatewayCaller(() => platform);

  /** WeCom: a token, then message/send; `failNext` answers the next sends with 500 first. */
  let failNextSends = 0;
  const weCom = (request: ReceivedRequest): Answer => {
    if (request.path === '/cgi-bin/gettoken') return { json: { errcode: 0, errmsg: 'ok', access_token: 'token-1', expires_in: 7200 } };
    if (failNextSends > 0) {
      failNextSends -= 1;
      return { status: 500, text: 'upstream unavailable' };
    }
    return { json: { errcode: 0, errmsg: 'ok', invaliduser: '', msgid: `msg-${wecomSends().length}` } };
  };
  const wecomSends = () => wecom.requests.filter((r) => r.path === '/cgi-bin/message/send');
  const sendsTo = (userId: string) => wecomSends().filter((r) => (JSON.parse(r.body) as { touser: string }).touser === userId);

  const escalation = (overrides: Partial<{ workOrderId: string; number: string; priority: string; level: string }> = {}) => ({
    workOrderId: overrides.workOrderId ?? randomUUID(),
    number: overrides.number ?? `WO-20261207-${String(Math.floor(Math.random() * 999_999)).padStart(6, '0')}`,
    campusId: EAST,
    locationId: randomUUID(),
    departmentId: randomUUID(),
    status: 'DISPATCHED',
    priority: overrides.priority ?? 'HIGH',
    occurredAt: new Date().toISOString(),
    actor: { subject: 'system:maintenance.sla-escalations', staffId: null, name: '系统' },
    clock: 'RESPONSE',
    level: overrides.level ?? 'TEAM_LEAD',
    dueAt: new Date(Date.now() - 600_000).toISOString(),
    overdueMinutes: 10,
    teamId: PLUMBING,
    technicianId: null,
  });
  const publish = (data: ReturnType<typeof escalation>, id = uuidv7()) =>
    publishEvents(platform, 'maintenance', [{ contract: WorkOrderSlaEscalatedV1, key: data.workOrderId, data, id }]);
  const inboxOf = async (identity: Identity) =>
    (await gateway.data(identity, INBOX)) as { myNotifications: any; myInboxCounts: { unread: number; unacknowledged: number } };
  const notificationAbout = async (identity: Identity, number: string) =>
    (await inboxOf(identity)).myNotifications.edges.map((e: any) => e.node).filter((n: any) => n.title.includes(number));
  const deliveriesOf = async (number: string, status?: string) =>
    (await gateway.data(eastAdmin, DELIVERIES, { status })).notificationDeliveries.edges.map((e: any) => e.node).filter((d: any) => d.title.includes(number));

  beforeAll(async () => {
    wecom = await TestHttpReceiver.start(weCom);
    sms = await TestHttpReceiver.start(() => ({ json: { Code: 'OK', Message: 'OK', BizId: 'biz-1', RequestId: 'r' } }));
    smtp = new SMTPServer({
      authOptional: false,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      onAuth: (auth, _session, callback) =>
        callback(auth.username === 'houqin' && auth.password === 'mail-secret' ? null : new Error('bad credentials'), { user: 'houqin' }),
      onData: (stream, _session, callback) => {
        simpleParser(stream).then((mail) => {
          mails.push(mail);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    platform = await TestPlatform.start({
      services: ['notification'],
      gateway: true,
      env: {
        notification: {
          WECOM_BASE_URL: wecom.origin,
          WECOM_CORP_ID: 'ww-hospital',
          WECOM_APP_SECRET: 'app-secret',
          WECOM_APP_AGENT_ID: '1000002',
          SMS_ALIYUN_ENDPOINT: `${sms.origin}/`,
          SMS_ALIYUN_ACCESS_KEY_ID: 'sms-key',
          SMS_ALIYUN_ACCESS_KEY_SECRET: 'sms-secret',
          SMS_ALIYUN_SIGN_NAME: '后勤平台',
          SMS_ALIYUN_TEMPLATE_CODE: 'SMS_100001',
          SMTP_HOST: '127.0.0.1',
          SMTP_PORT: String(smtpPort),
          SMTP_REQUIRE_TLS: 'false',
          SMTP_USER: 'houqin',
          SMTP_PASSWORD: 'mail-secret',
          SMTP_FROM: '"后勤平台" <houqin-noreply@hospital.example.cn>',
          NOTIFY_MAX_ATTEMPTS: '3',
          NOTIFY_RETRY_BASE_MS: '300',
          NOTIFY_RETRY_MAX_MS: '600',
          NOTIFY_ESCALATE_AFTER_MINUTES: String(ESCALATE_AFTER_SECONDS / 60),
          NOTIFY_DELIVERY_POLL_MS: '200',
          SCHEDULED_JOB_INTERVAL_MS: '1000',
        },
      },
    });
    await org.publishTo(platform, 'notification');
    // The team lead wants WeCom for everything, e-mail from warnings on, SMS when urgent; no quiet hours.
    await gateway.data(lead, PREFERENCES, {
      input: {
        channels: [
          { channel: 'WECOM_APP', minimumSeverity: 'INFO' },
          { channel: 'EMAIL', minimumSeverity: 'WARNING' },
          { channel: 'SMS', minimumSeverity: 'URGENT' },
        ],
        wecomUserId: 'MaLiXin',
        mobile: '13800001020',
        email: 'ma.lixin@hospital.example.cn',
        quietHours: null,
      },
    });
    // The admins sign in once (the directory learns their roles and campuses from it).
    await gateway.data(eastAdmin, PREFERENCES, {
      input: { channels: [{ channel: 'WECOM_APP', minimumSeverity: 'INFO' }], wecomUserId: 'ZhouTao', quietHours: null },
    });
    await inboxOf(westAdmin);
  });

  afterAll(async () => {
    await platform?.stop();
    await Promise.all([wecom?.close(), sms?.close(), new Promise((resolve) => (smtp ? smtp.close(() => resolve(undefined)) : resolve(undefined)))]);
  });

  it('brings an SLA escalation to the team lead once, however often it arrives, on each channel they chose', async () => {
    const first = escalation({ number: 'WO-20261207-000101' });
    const eventId = uuidv7();
    await publish(first, eventId);
    await publish(first, eventId); // Kafka redelivering the same event
    await publish({ ...first, overdueMinutes: 12 }); // the producer raising it again inside the window
    const [notification] = await eventually(async () => {
      const found = await notificationAbout(lead, first.number);
      return found.length ? found : undefined;
    });
    expect(notification).toMatchObject({
      alert: 'SLA_ESCALATED',
      severity: 'WARNING',
      title: '工单 WO-20261207-000101 响应超时',
      titleEn: 'Work order WO-20261207-000101: response overdue',
      link: `/maintenance/work-orders/${first.workOrderId}`,
      escalated: false,
    });
    await eventually(async () => ((await deliveriesOf(first.number)).filter((d: any) => d.status === 'DELIVERED').length === 2 ? true : undefined));
    expect(await notificationAbout(lead, first.number)).toHaveLength(1);
    expect(sendsTo('MaLiXin').filter((r) => r.body.includes(first.number))).toHaveLength(1);
    const mail = mails.filter((m) => m.subject?.includes(first.number));
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toContain('工单 WO-20261207-000101 响应超时');
    // WARNING is below the SMS threshold the lead chose.
    expect(sms.requests).toHaveLength(0);
    expect((await deliveriesOf(first.number)).map((d: any) => d.channel).sort()).toEqual(['EMAIL', 'WECOM_APP']);
  });

  it('goes on to the East admin when nobody acknowledged it in time, never to the West admin', async () => {
    const order = escalation({ number: 'WO-20261207-000102' });
    await publish(order);
    const [escalated] = await eventually(
      async () => {
        const found = await notificationAbout(eastAdmin, order.number);
        return found.length ? found : undefined;
      },
      90_000,
      'the escalation to the East admin',
    );
    expect(escalated).toMatchObject({ escalated: true, title: '【升级】工单 WO-20261207-000102 响应超时' });
    expect(escalated.body).toContain('马立新未在规定时间内确认');
    expect(await notificationAbout(westAdmin, order.number)).toEqual([]);
    await eventually(async () => (sendsTo('ZhouTao').some((r) => r.body.includes(order.number)) ? true : undefined));
  });

  it('stops there when the lead acknowledges it', async () => {
    const order = escalation({ number: 'WO-20261207-000103' });
    await publish(order);
    const [notification] = await eventually(async () => {
      const found = await notificationAbout(lead, order.number);
      return found.length ? found : undefined;
    });
    const ack = await gateway.data(lead, `mutation($id: ID!) { acknowledgeNotification(id: $id) { acknowledgedAt readAt } }`, { id: notification.id });
    expect(ack.acknowledgeNotification.acknowledgedAt).not.toBeNull();
    // Past the escalation time and a few job runs: still nothing for the admin.
    await new Promise((resolve) => setTimeout(resolve, (ESCALATE_AFTER_SECONDS + 5) * 1000));
    expect(await notificationAbout(eastAdmin, order.number)).toEqual([]);
    const [audit] = await platform.query('notification', `SELECT action, actor_subject FROM audit_entry WHERE entity_id = $1`, [notification.id]);
    expect(audit).toEqual({ action: 'notification.acknowledge', actor_subject: 'lead-ma' });
  });

  it('tries again after WeCom answers 500, and the log shows both attempts', async () => {
    failNextSends = 1;
    const order = escalation({ number: 'WO-20261207-000104' });
    await publish(order);
    const wecomDelivery = await eventually(async () => {
      const found = (await deliveriesOf(order.number)).find((d: any) => d.channel === 'WECOM_APP' && d.recipientName === '马立新');
      return found?.status === 'DELIVERED' ? found : undefined;
    });
    expect(wecomDelivery.log.map((a: any) => a.outcome)).toEqual(['RETRYABLE', 'DELIVERED']);
    expect(wecomDelivery.log[0].detail).toContain('500');
  });

  it('parks what keeps failing in the dead letter, where the admin sees and resends it; the inbox has it regardless', async () => {
    sms.responder = () => ({ status: 400, json: { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: '非法手机号' } });
    const order = escalation({ number: 'WO-20261207-000105', priority: 'URGENT' });
    await publish(order);
    const dead = await eventually(async () => (await deliveriesOf(order.number, 'DEAD')).find((d: any) => d.channel === 'SMS'));
    expect(dead.lastError).toContain('isv.MOBILE_NUMBER_ILLEGAL');
    expect(await notificationAbout(lead, order.number)).toHaveLength(1);
    expect(errorCode(await gateway.call(westAdmin, `mutation($id: ID!) { resendNotificationDelivery(id: $id) { status } }`, { id: dead.id }))).toBe(
      'NOT_FOUND',
    );

    sms.responder = () => ({ json: { Code: 'OK', Message: 'OK', BizId: 'biz-2', RequestId: 'r' } });
    const resent = await gateway.data(eastAdmin, `mutation($id: ID!) { resendNotificationDelivery(id: $id) { status attempts } }`, { id: dead.id });
    expect(resent.resendNotificationDelivery).toEqual({ status: 'PENDING', attempts: 0 });
    const delivered = await eventually(async () => (await deliveriesOf(order.number)).find((d: any) => d.id === dead.id && d.status === 'DELIVERED'));
    expect(delivered.log.map((a: any) => [a.outcome, a.resentBy])).toEqual([
      ['PERMANENT', null],
      ['RESENT', '周涛'],
      ['DELIVERED', null],
    ]);
    expect(errorCode(await gateway.call(eastAdmin, `mutation($id: ID!) { resendNotificationDelivery(id: $id) { status } }`, { id: dead.id }))).toBe(
      'NOTIFICATION_DELIVERY_NOT_DEAD',
    );
  });

  it('holds non-urgent messages during the person’s quiet hours and lets urgent ones through', async () => {
    // A quiet window around the present moment, Beijing time.
    const now = new Date();
    const hhmm = (at: Date) => chinaDateTime(at).slice(11, 16);
    const start = new Date(now.getTime() - 3600_000);
    const end = new Date(now.getTime() + 3600_000);
    await gateway.data(lead, PREFERENCES, {
      input: { channels: [{ channel: 'WECOM_APP', minimumSeverity: 'INFO' }], wecomUserId: 'MaLiXin', quietHours: `${hhmm(start)}-${hhmm(end)}` },
    });
    const warning = escalation({ number: 'WO-20261207-000106' });
    const urgent = escalation({ number: 'WO-20261207-000107', priority: 'URGENT' });
    await publish(warning);
    await publish(urgent);
    await eventually(async () => ((await deliveriesOf(urgent.number)).some((d: any) => d.status === 'DELIVERED') ? true : undefined));
    const [held] = await eventually(async () => {
      const found = await deliveriesOf(warning.number);
      return found.length ? found : undefined;
    });
    expect(held.status).toBe('PENDING');
    // The window ends at its HH:MM on the Beijing day `end` falls on (the next day when it runs past midnight).
    expect(new Date(held.nextAttemptAt)).toEqual(chinaInstant(chinaToday(end), hhmm(end)));
    expect(sendsTo('MaLiXin').some((r) => r.body.includes(warning.number))).toBe(false);
    // Both are in the inbox at once: quiet hours hold only what leaves the platform.
    expect(await notificationAbout(lead, warning.number)).toHaveLength(1);
  });

  it('shows and changes each person’s own notifications only', async () => {
    const mine = (await inboxOf(lead)).myNotifications.edges.map((e: any) => e.node).find((n: any) => !n.readAt);
    expect(errorCode(await gateway.call(eastAdmin, `mutation($id: ID!) { markNotificationRead(id: $id) { id } }`, { id: mine.id }))).toBe('NOT_FOUND');
    expect(errorCode(await gateway.call(eastAdmin, `mutation($id: ID!) { acknowledgeNotification(id: $id) { id } }`, { id: mine.id }))).toBe('NOT_FOUND');
    const before = (await inboxOf(lead)).myInboxCounts;
    expect(before.unread).toBeGreaterThan(0);
    await gateway.data(lead, `mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }`, { id: mine.id });
    expect((await inboxOf(lead)).myInboxCounts.unread).toBe(before.unread - 1);
    const { markAllNotificationsRead } = await gateway.data(lead, `mutation { markAllNotificationsRead }`);
    expect(markAllNotificationsRead).toBe(before.unread - 1);
    expect((await inboxOf(lead)).myInboxCounts.unread).toBe(0);
    // Newest first.
    const created = (await gateway.data(lead, `{ myNotifications(first: 5) { edges { node { id } } } }`)).myNotifications.edges.map((e: any) => e.node.id);
    expect([...created].sort().reverse()).toEqual(created);
  });

  it('refuses bad preferences with typed, translated errors and keeps the old ones', async () => {
    const before = await gateway.data(lead, `{ myNotificationPreferences { channels { channel } quietHours mobile } }`);
    const refused = await gateway.call(
      lead,
      PREFERENCES,
      { input: { channels: [{ channel: 'SMS', minimumSeverity: 'URGENT' }], mobile: '021-64041990' } },
      'en',
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Not a mainland mobile number (11 digits): 021-64041990',
      extensions: { code: 'NOTIFICATION_MOBILE_INVALID' },
    });
    expect(errorCode(await gateway.call(lead, PREFERENCES, { input: { channels: [{ channel: 'EMAIL', minimumSeverity: 'INFO' }] } }))).toBe(
      'NOTIFICATION_CHANNEL_ADDRESS_MISSING',
    );
    expect(await gateway.data(lead, `{ myNotificationPreferences { channels { channel } quietHours mobile } }`)).toEqual(before);
  });
});
