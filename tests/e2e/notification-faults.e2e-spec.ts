import { MaintenanceRole, WorkOrderSlaEscalatedV1 } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import {
  Answer,
  eventually,
  kafkaOutage,
  killMidStream,
  OrgFixture,
  publishPoison,
  ReceivedRequest,
  replayOutbox,
  settled,
  subgraphCaller,
  TestHttpReceiver,
  TestPlatform,
  unsentEvents,
} from '@houqin/platform-testing';

/**
 * Alerts reach people whatever breaks on the way: maintenance's SLA job raises escalations from its outbox, notification
 * consumes them into the team lead's inbox and sends each on WeCom, a real HTTP server the test runs. Kafka stops,
 * notification is killed mid-stream, events arrive twice, poison lands on the topic, WeCom fails: every alert is in the
 * inbox exactly once, every WeCom message goes out once, and what cannot go out ends in the dead letter, where an admin
 * resends it. Real processes, a real broker, real databases.
 */
const org = new OrgFixture();
const EAST = org.campus();
const CARDIOLOGY = org.department(EAST);
const WARD = org.location(EAST, { departmentId: CARDIOLOGY });
const PLUMBING = org.team(EAST, '水电班', 'PLUMBING');
const LEAD = org.staff(EAST, { name: '马立新', teamId: PLUMBING });
org.teamLead(PLUMBING, EAST, LEAD);

const admin: Identity = { subject: 'admin', staffId: null, name: '集团管理员', roles: [Role.GROUP_ADMIN], campusIds: [] };
const dispatcher: Identity = { subject: 'dispatcher', staffId: null, name: '李调度', roles: [MaintenanceRole.DISPATCHER], campusIds: [EAST] };
const lead: Identity = { subject: 'lead-ma', staffId: LEAD, name: '马立新', roles: [MaintenanceRole.TECHNICIAN], campusIds: [EAST] };
const eastAdmin: Identity = { subject: 'east-admin', staffId: null, name: '周涛', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };

const ESCALATED = WorkOrderSlaEscalatedV1.type;
const MAX_ATTEMPTS = 3;
// Counts are final once maintenance has sent its outbox and notification's alert consumer has handled all of it.
const ALERTS = { producer: 'maintenance', group: 'notification.alerts', topics: [WorkOrderSlaEscalatedV1.topic] } as const;
const DELIVERIES = `query($status: NotificationDeliveryStatus) { notificationDeliveries(first: 100, status: $status) {
  edges { node { id status attempts lastError title log { outcome resentBy } } } } }`;

interface Order {
  id: string;
  number: string;
}

describe('notification under faults', () => {
  // A broker or a service restarting on a busy two-core machine can take minutes; the waits inside have their own limits.
  jest.setTimeout(600_000);

  let platform: TestPlatform;
  let wecom: TestHttpReceiver;
  const maintenance = subgraphCaller(() => platform, 'maintenance');
  const notification = subgraphCaller(() => platform, 'notification');

  /** WeCom: a token, then message/send, which answers 500 while `wecomFails`. */
  let wecomFails = false;
  const weCom = (request: ReceivedRequest): Answer => {
    if (request.path === '/cgi-bin/gettoken') return { json: { errcode: 0, errmsg: 'ok', access_token: 'token-1', expires_in: 7200 } };
    if (wecomFails) return { status: 500, text: 'upstream unavailable' };
    return { json: { errcode: 0, errmsg: 'ok', invaliduser: '', msgid: `msg-${wecom.requests.length}` } };
  };
  /** Every message/send request about these orders that reached WeCom, answered or not. */
  const sendsAbout = (orders: Order[]) =>
    wecom.requests.filter((r) => r.path === '/cgi-bin/message/send' && orders.some((order) => r.body.includes(order.number)));
  /** What the lead saw: WeCom drops a repeat of the same request (enable_duplicate_check), so distinct bodies. */
  const shownAbout = (orders: Order[]) => new Set(sendsAbout(orders).map((r) => r.body)).size;

  const idsOf = (orders: Order[]) => orders.map((order) => order.id);
  const subjects = (orders: Order[]) => orders.map((order) => `${order.id}#RESPONSE`);
  const inboxRows = async (orders: Order[]) =>
    (await platform.query<{ n: number }>('notification', `SELECT count(*)::int AS n FROM notification WHERE subject = ANY($1)`, [subjects(orders)]))[0].n;
  /** Deliveries of these orders' notifications by status, e.g. { DELIVERED: 4 }. */
  const deliveries = async (orders: Order[]) =>
    Object.fromEntries(
      (
        await platform.query<{ status: string; n: number }>(
          'notification',
          `SELECT d.status, count(*)::int AS n FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
            WHERE n.subject = ANY($1) GROUP BY d.status`,
          [subjects(orders)],
        )
      ).map((row) => [row.status, row.n]),
    );
  const deliveredAttempts = async (orders: Order[]) =>
    (
      await platform.query<{ n: number }>(
        'notification',
        `SELECT count(*)::int AS n FROM notification_delivery_attempt a JOIN notification_delivery d ON d.id = a.delivery_id
           JOIN notification n ON n.id = d.notification_id WHERE n.subject = ANY($1) AND a.outcome = 'DELIVERED'`,
        [subjects(orders)],
      )
    )[0].n;
  const raised = async (orders: Order[]) =>
    (
      await platform.query<{ n: number }>('maintenance', `SELECT count(*)::int AS n FROM outbox_event WHERE type = $1 AND key = ANY($2)`, [
        ESCALATED,
        idsOf(orders),
      ])
    )[0].n;
  /** Waits until all of these orders' notifications are in the inbox and delivered on WeCom. */
  const allDelivered = (orders: Order[], timeoutMs = 120_000) =>
    eventually(
      async () => ((await inboxRows(orders)) === orders.length && (await deliveries(orders)).DELIVERED === orders.length ? true : undefined),
      timeoutMs,
      `${orders.length} alerts in the inbox and delivered`,
    );
  /** The delivery of one order's notification as the admin sees it through GraphQL. */
  const visibleDelivery = async (order: Order, status?: string) =>
    (await notification.data(eastAdmin, DELIVERIES, { status })).notificationDeliveries.edges
      .map((e: any) => e.node)
      .find((d: any) => d.title.includes(order.number));
  const inboxAbout = async (order: Order) =>
    (await notification.data(lead, `{ myNotifications(first: 100) { edges { node { title } } } }`)).myNotifications.edges.filter((e: any) =>
      e.node.title.includes(order.number),
    );

  /** Work orders dispatched to the plumbing crew, whose lead is 马立新. */
  const dispatchedOrders = (count: number): Promise<Order[]> =>
    Promise.all(
      Array.from({ length: count }, async () => {
        const { submitRepairRequest } = await maintenance.data(
          admin,
          `mutation($i: SubmitRepairRequestInput!) { submitRepairRequest(input: $i) { id number } }`,
          { i: { campusId: EAST, locationId: WARD, departmentId: CARDIOLOGY, category: 'PLUMBING', priority: 'NORMAL', title: '水龙头漏水' } },
        );
        await maintenance.data(dispatcher, `mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { status } }`, {
          i: { workOrderId: submitRepairRequest.id, teamId: PLUMBING },
        });
        return submitRepairRequest as Order;
      }),
    );
  /** Their response clocks run out: maintenance's SLA job raises one team-lead escalation for each, through its outbox. */
  const runOut = (orders: Order[]) =>
    platform.query('maintenance', `UPDATE work_order SET response_due_at = now() - interval '1 minute' WHERE id = ANY($1::uuid[])`, [idsOf(orders)]);

  beforeAll(async () => {
    wecom = await TestHttpReceiver.start(weCom);
    platform = await TestPlatform.start({
      services: ['maintenance', 'notification'],
      env: {
        maintenance: { SCHEDULED_JOB_INTERVAL_MS: '1000' },
        notification: {
          WECOM_BASE_URL: wecom.origin,
          WECOM_CORP_ID: 'ww-hospital',
          WECOM_APP_SECRET: 'app-secret',
          WECOM_APP_AGENT_ID: '1000002',
          NOTIFY_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
          NOTIFY_RETRY_BASE_MS: '300',
          NOTIFY_RETRY_MAX_MS: '600',
          NOTIFY_DELIVERY_POLL_MS: '200',
          // Nobody's notification goes on to the campus admin while the file runs: the counts stay the lead's.
          NOTIFY_ESCALATE_AFTER_MINUTES: '120',
        },
      },
    });
    await org.publishTo(platform, 'maintenance', 'notification');
    // The lead takes WeCom for everything at any hour: one inbox entry and one WeCom delivery per escalation.
    await notification.data(lead, `mutation($input: SetNotificationPreferencesInput!) { setMyNotificationPreferences(input: $input) { quietHours } }`, {
      input: { channels: [{ channel: 'WECOM_APP', minimumSeverity: 'INFO' }], wecomUserId: 'MaLiXin', quietHours: null },
    });
  });

  afterAll(async () => {
    await platform?.stop();
    await wecom?.close();
  });

  let outage: Order[];

  it('brings every alert raised while Kafka was down to the inbox once, and sends it once', async () => {
    outage = await dispatchedOrders(4);
    await kafkaOutage(platform, async () => {
      await runOut(outage);
      await eventually(async () => ((await raised(outage)) === outage.length ? true : undefined), 60_000, 'the escalations in the outbox');
      expect(await unsentEvents(platform, 'maintenance', ESCALATED, idsOf(outage))).toBe(4);
      expect(await inboxRows(outage)).toBe(0);
    });
    await allDelivered(outage);
    await settled(platform, ALERTS);
    expect(await inboxRows(outage)).toBe(4);
    expect(await deliveries(outage)).toEqual({ DELIVERED: 4 });
    expect(sendsAbout(outage)).toHaveLength(4);
  });

  it('makes no second inbox entry nor a second message when the same events come again', async () => {
    expect(await replayOutbox(platform, 'maintenance', ESCALATED, idsOf(outage))).toBe(4);
    await settled(platform, ALERTS);
    expect(await inboxRows(outage)).toBe(4);
    expect(await deliveries(outage)).toEqual({ DELIVERED: 4 });
    expect(sendsAbout(outage)).toHaveLength(4);
  });

  it('loses nothing and doubles nothing when notification is killed mid-stream', async () => {
    const orders = await dispatchedOrders(8);
    const partway = await killMidStream(platform, 'notification', {
      // The escalations wait on Kafka while notification is down.
      backlog: async () => {
        await runOut(orders);
        await eventually(
          async () => ((await raised(orders)) === 8 && (await unsentEvents(platform, 'maintenance', ESCALATED)) === 0 ? true : undefined),
          60_000,
          'the escalations on Kafka',
        );
      },
      progress: () => inboxRows(orders),
    });
    await allDelivered(orders, 180_000);
    await settled(platform, ALERTS);
    expect(partway).toBeLessThanOrEqual(8);
    expect(await inboxRows(orders)).toBe(8);
    expect(await deliveries(orders)).toEqual({ DELIVERED: 8 });
    expect(await deliveredAttempts(orders)).toBe(8);
    // A send cut off by the kill before its attempt was recorded goes again: WeCom's duplicate check drops the repeat.
    expect(shownAbout(orders)).toBe(8);
  });

  it('parks poison on the dead-letter topic, logged, and delivers the alerts behind it', async () => {
    const [order] = await dispatchedOrders(1);
    const parkedBefore = platform.log('notification').split('event parked on dead-letter topic').length - 1;
    // Both on the partition of the order's own escalation, ahead of it.
    const malformed = await publishPoison(platform, { topic: WorkOrderSlaEscalatedV1.topic, type: ESCALATED, key: order.id });
    const offContract = await publishPoison(platform, {
      topic: WorkOrderSlaEscalatedV1.topic,
      type: ESCALATED,
      key: order.id,
      data: { workOrderId: order.id },
    });
    try {
      await runOut([order]);
      await allDelivered([order]);
      expect((await malformed.parkedBy(ALERTS.group)).headers.dlt_error).toContain('MalformedEventError');
      expect((await offContract.parkedBy(ALERTS.group)).headers.dlt_error).toContain(`data does not match ${ESCALATED}`);
    } finally {
      await Promise.all([malformed.close(), offContract.close()]);
    }
    const parkedLogged = () => platform.log('notification').split('event parked on dead-letter topic').length - 1 - parkedBefore;
    await eventually(async () => (parkedLogged() >= 2 ? true : undefined), 30_000, 'the parked events logged');
    await settled(platform, ALERTS);
    expect(parkedLogged()).toBe(2);
    expect(await inboxRows([order])).toBe(1);
    expect(sendsAbout([order])).toHaveLength(1);
  });

  it('writes the inbox while WeCom is down, retries, dead-letters, and delivers once resent', async () => {
    // WeCom answers 500.
    wecomFails = true;
    const [failing] = await dispatchedOrders(1);
    await runOut([failing]);
    const deadOn500 = await eventually(async () => visibleDelivery(failing, 'DEAD'), 60_000, 'the dead letter after 500s');
    expect(deadOn500).toMatchObject({ attempts: MAX_ATTEMPTS });
    expect(deadOn500.lastError).toContain(`gave up after ${MAX_ATTEMPTS} attempts: HTTP 500`);
    expect(deadOn500.log.map((a: any) => a.outcome)).toEqual(['RETRYABLE', 'RETRYABLE', 'RETRYABLE']);
    expect(sendsAbout([failing])).toHaveLength(MAX_ATTEMPTS);
    expect(await inboxAbout(failing)).toHaveLength(1);

    // WeCom refuses connections.
    wecomFails = false;
    await wecom.down();
    const [unreachable] = await dispatchedOrders(1);
    await runOut([unreachable]);
    const deadOnRefusal = await eventually(async () => visibleDelivery(unreachable, 'DEAD'), 60_000, 'the dead letter after refused connections');
    expect(deadOnRefusal).toMatchObject({ attempts: MAX_ATTEMPTS });
    expect(deadOnRefusal.lastError).toContain('unreachable');
    expect(sendsAbout([unreachable])).toHaveLength(0);
    expect(await inboxAbout(unreachable)).toHaveLength(1);

    // WeCom is back: the admin resends both.
    await wecom.up();
    for (const dead of [deadOn500, deadOnRefusal]) {
      const { resendNotificationDelivery } = await notification.data(
        eastAdmin,
        `mutation($id: ID!) { resendNotificationDelivery(id: $id) { status attempts } }`,
        {
          id: dead.id,
        },
      );
      expect(resendNotificationDelivery).toEqual({ status: 'PENDING', attempts: 0 });
    }
    await allDelivered([failing, unreachable]);
    for (const order of [failing, unreachable]) {
      expect((await visibleDelivery(order)).log.map((a: any) => [a.outcome, a.resentBy])).toEqual([
        ['RETRYABLE', null],
        ['RETRYABLE', null],
        ['RETRYABLE', null],
        ['RESENT', '周涛'],
        ['DELIVERED', null],
      ]);
    }
    expect(sendsAbout([failing])).toHaveLength(MAX_ATTEMPTS + 1);
    expect(sendsAbout([unreachable])).toHaveLength(1);
    expect(await inboxRows([failing, unreachable])).toBe(2);
    expect(await deliveries([failing, unreachable])).toEqual({ DELIVERED: 2 });
  });
});
