import {
  EventContract,
  InspectionRoundMissedV1,
  LotExpiringV1,
  LotQuarantinedV1,
  MaintenanceRole,
  MaterialsRole,
  SpecialEquipmentCertificateExpiredV1,
  SpecialEquipmentCertificateExpiringV1,
  StockBelowReorderPointV1,
  StockCoverBelowReserveV1,
  StockShortageRecordedV1,
  WorkOrderSlaEscalatedV1,
} from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { BusMessage, KafkaBus, toBusMessage } from '@houqin/platform-events';
import { OrgFixture, ReceivedRequest, subgraphCaller, TestHttpReceiver, TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';
import { percentile, statementsNow } from './measure';
import { produceConcurrently, rawKafka } from './raw-kafka';

/**
 * The notification fan-out: 1,000 alert events of the rules' kinds, published to Kafka as maintenance and materials
 * would, reaching a campus's 50 people through the real notification service (consumer group `notification.alerts`:
 * event inbox, audience, inbox rows, delivery rows; then the delivery worker) and its WeCom application-message
 * channel, pointed at a real HTTP server on 127.0.0.1 that answers as WeCom's API does. Every alert has its own subject
 * (nothing is deduplicated away), so the inbox rows and WeCom calls to expect are known exactly; the run checks that
 * each arrived exactly once and throws otherwise. Repeats inside the window are checked separately at the end.
 * Baseline: the same 1,000 messages, raw kafkajs produce → consume on the same broker.
 */
const ALERTS = 1000;
const REPEATS = 100;
const PRODUCERS = 8;
/** No progress for this long is a failure, not a slow run. */
const STALL_MS = 120_000;

const PREFERENCES = `mutation($input: SetNotificationPreferencesInput!) { setMyNotificationPreferences(input: $input) { quietHours } }`;

interface Person {
  identity: Identity;
  /** The recipient key the service files their inbox under (`staff:<id>`). */
  key: string;
  wecomUserId: string;
}

interface Planned {
  contract: EventContract;
  key: string;
  data: (at: string) => Record<string, unknown>;
  /** The console link the rule fills in: unique per alert here, so a WeCom call names its alert. */
  link: string;
  recipients: readonly Person[];
}

interface Team {
  id: string;
  name: string;
  trade: string;
}

interface Sent {
  eventId: string;
  time: number;
  message: BusMessage;
  planned: Planned;
}

/** The campus's 50 people: every one a staff member in org; roles and campuses as their IdP token carries them. */
function campusOf50(org: OrgFixture, campusId: string, teams: readonly Team[]) {
  const person = (name: string, role: Role, teamId: string | null = null): Person => {
    const staffId = org.staff(campusId, { name, teamId });
    return {
      identity: { subject: `bench-${staffId}`, staffId, name, roles: [role], campusIds: [campusId] },
      key: `staff:${staffId}`,
      wecomUserId: staffId.replace(/-/g, ''),
    };
  };
  const leads = teams.map((team, i) => {
    const lead = person(`班组长${i + 1}`, MaintenanceRole.TECHNICIAN, team.id);
    org.teamLead(team.id, campusId, lead.identity.staffId as string, team.name, team.trade);
    return lead;
  });
  const people = {
    leads,
    campusAdmins: Array.from({ length: 8 }, (_, i) => person(`管理员${i + 1}`, Role.CAMPUS_ADMIN)),
    storekeepers: Array.from({ length: 20 }, (_, i) => person(`库管员${i + 1}`, MaterialsRole.STOREKEEPER)),
    materialsManagers: Array.from({ length: 8 }, (_, i) => person(`物资科${i + 1}`, MaterialsRole.MATERIALS_MANAGER)),
    planners: Array.from({ length: 10 }, (_, i) => person(`计划员${i + 1}`, MaterialsRole.PLANNER)),
  };
  return { ...people, everyone: Object.values(people).flat() };
}

type People = ReturnType<typeof campusOf50>;

/**
 * The mix: how many of the 1,000 alerts each rule gets (a campus's usual day, scaled: stock and expiry alerts most,
 * certificates few), and what each alert's event says and whom its rule reaches.
 */
function alertKinds(campusId: string, teams: readonly Team[], people: People) {
  const warehouses = [randomUUID(), randomUUID(), randomUUID()];
  const date = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const actor = { subject: 'system:maintenance.sla-escalations', staffId: null, name: '系统' };
  const slaEscalation =
    (level: 'TEAM_LEAD' | 'CAMPUS_ADMIN') =>
    (i: number): Planned => {
      const workOrderId = randomUUID();
      const overdue = new Date(Date.now() - 600_000).toISOString();
      return {
        contract: WorkOrderSlaEscalatedV1,
        key: workOrderId,
        link: `/maintenance/work-orders/${workOrderId}`,
        recipients: level === 'TEAM_LEAD' ? [people.leads[i % teams.length]] : people.campusAdmins,
        data: (at) => ({
          workOrderId,
          number: `WO-BENCH-${String(i).padStart(6, '0')}`,
          campusId,
          locationId: randomUUID(),
          departmentId: randomUUID(),
          status: 'DISPATCHED',
          priority: ['URGENT', 'HIGH', 'NORMAL', 'NORMAL', 'LOW'][i % 5],
          occurredAt: at,
          actor,
          clock: i % 3 ? 'RESOLUTION' : 'RESPONSE',
          level,
          dueAt: overdue,
          overdueMinutes: 10,
          teamId: teams[i % teams.length].id,
          technicianId: null,
        }),
      };
    };
  const certificate =
    (expired: boolean) =>
    (i: number): Planned => {
      const assetId = randomUUID();
      const facts = {
        assetId,
        assetNo: `E-ELV-${i}`,
        campusId,
        locationId: randomUUID(),
        category: 'ELEVATOR',
        certificateId: randomUUID(),
        certificateNo: `TSX-${i}`,
      };
      return {
        contract: expired ? SpecialEquipmentCertificateExpiredV1 : SpecialEquipmentCertificateExpiringV1,
        key: assetId,
        link: `/maintenance/assets/${assetId}`,
        recipients: people.campusAdmins,
        data: (at) =>
          expired
            ? { ...facts, occurredAt: at, validUntil: date(-1) }
            : { ...facts, occurredAt: at, threshold: i % 2 ? 'DAYS_30' : 'DAYS_7', validUntil: date(i % 2 ? 30 : 7), daysLeft: i % 2 ? 30 : 7 },
      };
    };
  const roundMissed = (i: number): Planned => {
    const roundId = randomUUID();
    const routeId = randomUUID();
    const start = Date.now() - 3 * 3600_000;
    return {
      contract: InspectionRoundMissedV1,
      key: routeId,
      link: `/maintenance/inspection-rounds/${roundId}`,
      recipients: [people.leads[i % teams.length]],
      data: (at) => ({
        roundId,
        scheduledStart: new Date(start).toISOString(),
        startBy: new Date(start + 1800_000).toISOString(),
        dueBy: new Date(start + 7200_000).toISOString(),
        routeId,
        routeName: `配电房巡检 ${i}`,
        campusId,
        teamId: teams[i % teams.length].id,
        occurredAt: at,
        startedAt: null,
        recordedCheckpoints: i % 5,
        totalCheckpoints: 12,
      }),
    };
  };
  const lot =
    (quarantined: boolean) =>
    (i: number): Planned => {
      const facts = {
        lotId: randomUUID(),
        campusId,
        warehouseId: warehouses[i % warehouses.length],
        itemId: randomUUID(),
        itemCode: `CON-${i}`,
        itemName: `一次性输液器 ${i}`,
        batchNo: `B${i}`,
        expiresOn: date(quarantined ? -1 : 30),
        quantity: 1 + (i % 40),
        unitCostFen: 350,
        valueFen: 350 * (1 + (i % 40)),
      };
      return {
        contract: quarantined ? LotQuarantinedV1 : LotExpiringV1,
        key: facts.warehouseId,
        link: `/materials/lots/${facts.lotId}`,
        recipients: people.storekeepers,
        data: (at) => (quarantined ? { ...facts, quarantinedAt: at } : { ...facts, threshold: 'DAYS_30', daysLeft: 30, occurredAt: at }),
      };
    };
  const stockLevel =
    (kind: 'reserve' | 'reorder') =>
    (i: number): Planned => {
      const facts = { campusId, warehouseId: warehouses[i % warehouses.length], itemId: randomUUID() };
      return {
        contract: kind === 'reserve' ? StockCoverBelowReserveV1 : StockBelowReorderPointV1,
        key: facts.warehouseId,
        link: `/materials/items/${facts.itemId}`,
        recipients: kind === 'reserve' ? [...people.storekeepers, ...people.materialsManagers] : people.planners,
        data: (at) =>
          kind === 'reserve'
            ? { ...facts, available: 12, averageDailyUse: 4, daysOfCover: 3, reserveDays: 7, occurredAt: at, projectedStockOutOn: date(3) }
            : { ...facts, onHand: 8, reorderPoint: 20, occurredAt: at },
      };
    };
  const shortage = (): Planned => {
    const facts = {
      shortageId: randomUUID(),
      campusId,
      warehouseId: warehouses[0],
      departmentId: randomUUID(),
      workOrderId: randomUUID(),
      itemId: randomUUID(),
    };
    return {
      contract: StockShortageRecordedV1,
      key: facts.warehouseId,
      link: `/materials/items/${facts.itemId}`,
      recipients: people.storekeepers,
      data: (at) => ({ ...facts, requested: 5, available: 2, recordedAt: at }),
    };
  };
  return [
    { alert: 'SLA_ESCALATED (team lead)', count: 150, plan: slaEscalation('TEAM_LEAD') },
    { alert: 'SLA_ESCALATED (campus admins)', count: 50, plan: slaEscalation('CAMPUS_ADMIN') },
    { alert: 'CERTIFICATE_DUE', count: 60, plan: certificate(false) },
    { alert: 'CERTIFICATE_OVERDUE', count: 20, plan: certificate(true) },
    { alert: 'INSPECTION_ROUND_MISSED', count: 120, plan: roundMissed },
    { alert: 'LOT_EXPIRING', count: 200, plan: lot(false) },
    { alert: 'LOT_QUARANTINED', count: 50, plan: lot(true) },
    { alert: 'STOCK_BELOW_RESERVE', count: 50, plan: stockLevel('reserve') },
    { alert: 'STOCK_BELOW_REORDER_POINT', count: 200, plan: stockLevel('reorder') },
    { alert: 'STOCK_SHORTAGE', count: 100, plan: shortage },
  ];
}

/** The kinds spread evenly through the run rather than one after the other. */
function interleave(kinds: ReturnType<typeof alertKinds>): Planned[] {
  const slots = kinds.flatMap((kind, k) => Array.from({ length: kind.count }, (_, j) => ({ at: (j + 0.5) / kind.count, k, j })));
  slots.sort((a, b) => a.at - b.at || a.k - b.k);
  return slots.map((slot) => kinds[slot.k].plan(slot.j));
}

/** Polls until `check` says done; throws when its progress stands still for STALL_MS. */
async function waitFor(what: string, check: () => Promise<{ done: boolean; progress: string }>): Promise<void> {
  let progress = '';
  let movedAt = Date.now();
  for (;;) {
    const now = await check();
    if (now.done) return;
    if (now.progress !== progress) [progress, movedAt] = [now.progress, Date.now()];
    if (Date.now() - movedAt > STALL_MS) throw new Error(`notification fan-out: ${what} stalled at ${progress} for ${STALL_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function check(problems: string[]): void {
  if (problems.length) throw new Error(`notification fan-out results are wrong:\n${problems.map((p) => `- ${p}`).join('\n')}`);
}

export async function notificationFanOut(): Promise<string[]> {
  // WeCom: a token, then message/send for each message; each send's arrival recorded.
  const calls: { at: number; request: ReceivedRequest }[] = [];
  const wecom = await TestHttpReceiver.start((request) => {
    if (request.path === '/cgi-bin/gettoken') return { json: { errcode: 0, errmsg: 'ok', access_token: 'bench-token', expires_in: 7200 } };
    if (request.path !== '/cgi-bin/message/send') return { status: 404, json: { errcode: 404, errmsg: 'not found' } };
    calls.push({ at: Date.now(), request });
    return { json: { errcode: 0, errmsg: 'ok', invaliduser: '', msgid: `msg-${calls.length}` } };
  });
  const platform = await TestPlatform.start({
    services: ['notification'],
    env: {
      notification: {
        WECOM_BASE_URL: wecom.origin,
        WECOM_CORP_ID: 'ww-bench-hospital',
        WECOM_APP_SECRET: 'bench-app-secret',
        WECOM_APP_AGENT_ID: '1000002',
        // Nobody acknowledges during the run: no escalation may add rows the count does not expect.
        NOTIFY_ESCALATE_AFTER_MINUTES: '600',
        // The delivery worker runs with the service's defaults (NOTIFY_DELIVERY_POLL_MS 1000, NOTIFY_DELIVERY_BATCH 50).
      },
    },
  });
  try {
    const org = new OrgFixture();
    const campusId = org.campus('东院区');
    const teams = [
      ['水电班', 'PLUMBING'],
      ['强电班', 'ELECTRICAL'],
      ['空调班', 'HVAC'],
      ['电梯班', 'ELEVATOR'],
    ].map(([name, trade]) => ({ id: org.team(campusId, name, trade), name, trade }));
    const people = campusOf50(org, campusId, teams);
    await org.publishTo(platform, 'notification');
    // Each person sets WeCom for every severity and no quiet hours (their own choice overrides the service's default
    // 22:00–07:00, so the run does not depend on the hour it starts at); the directory learns their roles from the call.
    const notification = subgraphCaller(() => platform, 'notification');
    for (const person of people.everyone) {
      await notification.data(person.identity, PREFERENCES, {
        input: { channels: [{ channel: 'WECOM_APP', minimumSeverity: 'INFO' }], wecomUserId: person.wecomUserId, quietHours: null },
      });
    }
    const [{ ready }] = await platform.query<{ ready: number }>(
      'notification',
      `SELECT count(*)::int AS ready FROM recipient WHERE quiet_hours = 'OFF' AND wecom_user_id IS NOT NULL AND $1 = ANY(campus_ids)`,
      [campusId],
    );
    check(ready === people.everyone.length ? [] : [`${ready} of ${people.everyone.length} people are set up to be reached at any hour`]);

    const kinds = alertKinds(campusId, teams, people);
    const plans = interleave(kinds);
    for (const plan of plans) plan.contract.schema.parse(plan.data(new Date().toISOString())); // a wrong payload fails here, not in the run
    const expectedRows = plans.reduce((n, plan) => n + plan.recipients.length, 0);

    // Publish: 8 producers at once, one event a request (acks=all); each event's time is when it left.
    const bus = new KafkaBus({ clientId: 'bench-alerts', brokers: [platform.kafka.brokers], logger: { warn: () => undefined, error: () => undefined } });
    const sent: Sent[] = [];
    const event = (planned: Planned, at: Date, eventId = uuidv7()): Sent => {
      const time = at.toISOString();
      const message = toBusMessage(planned.contract.topic, planned.key, {
        id: eventId,
        type: planned.contract.type,
        source: `houqin/${planned.contract.producer}`,
        subject: planned.key,
        time,
        data: planned.data(time),
        traceparent: null,
        tracestate: null,
      });
      return { eventId, time: at.getTime(), message, planned };
    };
    try {
      await bus.ensureTopics([...new Set(plans.map((p) => p.contract.topic))]);
      const statementsBefore = await statementsNow(platform, 'notification', 'all');
      const started = Date.now();
      await produceConcurrently(bus, ALERTS, PRODUCERS, (i) => (sent[i] = event(plans[i], new Date())).message);
      const publishSeconds = (Date.now() - started) / 1000;

      const rowsNow = async () =>
        (await platform.query<{ n: number }>('notification', 'SELECT count(*)::int AS n FROM notification WHERE campus_id = $1', [campusId]))[0].n;
      await waitFor('the inbox rows', async () => {
        const n = await rowsNow();
        return { done: n >= expectedRows, progress: `${n} of ${expectedRows} rows` };
      });
      await waitFor('the WeCom calls', async () => {
        const [d] = await platform.query<{ pending: number; delivered: number }>(
          'notification',
          `SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending, count(*) FILTER (WHERE status = 'DELIVERED')::int AS delivered
             FROM notification_delivery WHERE campus_id = $1`,
          [campusId],
        );
        return { done: calls.length >= expectedRows && d.pending === 0, progress: `${calls.length} calls, ${d.delivered} delivered, ${d.pending} pending` };
      });
      const statements = (await statementsNow(platform, 'notification', 'all')) - statementsBefore;
      // Two poll intervals more: a delivery sent twice would arrive now.
      await new Promise((resolve) => setTimeout(resolve, 3000));

      // Every person × alert once in the inbox, every person × alert once at WeCom; nothing dead, skipped or retried.
      const byEvent = new Map(sent.map((s) => [s.eventId, s]));
      const rows = await platform.query<{ recipient_key: string; event_id: string; created_at: Date }>(
        'notification',
        'SELECT recipient_key, event_id, created_at FROM notification WHERE campus_id = $1',
        [campusId],
      );
      const expectedInbox = new Set(sent.flatMap((s) => s.planned.recipients.map((p) => `${p.key} ${s.eventId}`)));
      const inbox = rows.map((r) => `${r.recipient_key} ${r.event_id}`);
      const expectedCalls = new Set(sent.flatMap((s) => s.planned.recipients.map((p) => `${p.wecomUserId} ${s.planned.link}`)));
      const called = calls.map((c) => {
        const body = JSON.parse(c.request.body) as { touser: string; textcard: { url: string } };
        return `${body.touser} ${body.textcard.url}`;
      });
      const [deliveries] = await platform.query<{ delivered: number; other: number; attempts: number }>(
        'notification',
        `SELECT count(*) FILTER (WHERE d.status = 'DELIVERED')::int AS delivered, count(*) FILTER (WHERE d.status <> 'DELIVERED')::int AS other,
                (SELECT count(*)::int FROM notification_delivery_attempt a JOIN notification_delivery x ON x.id = a.delivery_id WHERE x.campus_id = $1) AS attempts
           FROM notification_delivery d WHERE d.campus_id = $1`,
        [campusId],
      );
      const inboxSet = new Set(inbox);
      const calledSet = new Set(called);
      const missingRows = [...expectedInbox].filter((k) => !inboxSet.has(k));
      const missingCalls = [...expectedCalls].filter((k) => !calledSet.has(k));
      check([
        ...(sent.length === ALERTS ? [] : [`${sent.length} of ${ALERTS} alerts were published`]),
        ...(expectedInbox.size === expectedRows && expectedCalls.size === expectedRows ? [] : ['the plan repeats a person and alert']),
        ...(rows.length === expectedRows ? [] : [`${rows.length} inbox rows, expected ${expectedRows}`]),
        ...(inboxSet.size === inbox.length ? [] : [`${inbox.length - inboxSet.size} duplicate inbox rows`]),
        ...(missingRows.length ? [`${missingRows.length} expected inbox rows missing, e.g. ${missingRows[0]}`] : []),
        ...(calls.length === expectedRows ? [] : [`${calls.length} WeCom calls, expected ${expectedRows}`]),
        ...(calledSet.size === called.length ? [] : [`${called.length - calledSet.size} duplicate WeCom calls`]),
        ...(missingCalls.length ? [`${missingCalls.length} expected WeCom calls missing, e.g. ${missingCalls[0]}`] : []),
        ...(deliveries.delivered === expectedRows && deliveries.other === 0 && deliveries.attempts === expectedRows
          ? []
          : [
              `deliveries: ${deliveries.delivered} delivered, ${deliveries.other} not, ${deliveries.attempts} attempts; expected ${expectedRows} delivered at the first attempt`,
            ]),
      ]);

      const rowLatencies = rows.map((r) => new Date(r.created_at).getTime() - (byEvent.get(r.event_id)?.time ?? NaN));
      const lastRow = Math.max(...rows.map((r) => new Date(r.created_at).getTime()));
      const timeOfLink = new Map(sent.map((s) => [s.planned.link, s.time]));
      const callLatencies = calls.map((c, i) => c.at - (timeOfLink.get(called[i].split(' ')[1]) ?? NaN));
      const firstCall = Math.min(...calls.map((c) => c.at));
      const lastCall = Math.max(...calls.map((c) => c.at));
      const fanOutSeconds = (lastRow - started) / 1000;
      const deliverySeconds = (lastCall - started) / 1000;

      // Repeats: 100 of the alerts raised again inside their window (new event ids, same occurrence): no new row, no call.
      const repeats = sent.filter((_, i) => i % (ALERTS / REPEATS) === 0).map((s) => event(s.planned, new Date(s.time)));
      await produceConcurrently(bus, repeats.length, PRODUCERS, (i) => repeats[i].message);
      await waitFor('the repeated alerts', async () => {
        const [{ n }] = await platform.query<{ n: number }>('notification', 'SELECT count(*)::int AS n FROM inbox_event WHERE event_id = ANY($1::text[])', [
          repeats.map((r) => r.eventId),
        ]);
        return { done: n === repeats.length, progress: `${n} of ${repeats.length} repeats consumed` };
      });
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const rowsAfterRepeats = await rowsNow();
      check([
        ...(rowsAfterRepeats === expectedRows ? [] : [`repeats inside the window wrote ${rowsAfterRepeats - expectedRows} inbox rows`]),
        ...(calls.length === expectedRows ? [] : [`repeats inside the window made ${calls.length - expectedRows} WeCom calls`]),
      ]);

      // Baseline: the same 1,000 messages, raw kafkajs produce → consume on the same broker.
      const raw = await rawKafka(
        platform.kafka.brokers,
        'bench.raw-alerts.v1',
        sent.map((s) => s.message),
        PRODUCERS,
      );

      const alertRate = ALERTS / fanOutSeconds;
      const p = percentile;
      const ratio = (a: number, b: number) => (a / Math.max(1, b)).toFixed(1);
      const mix = kinds.map((k) => `${k.alert} ${k.count}`).join(', ');
      return [
        '',
        `## Notification fan-out (${ALERTS.toLocaleString('en')} alerts to ${people.everyone.length} people)`,
        '',
        `${ALERTS.toLocaleString('en')} alert events (${mix}), each with its own subject, published to Kafka by ${PRODUCERS} concurrent producers (acks=all) as maintenance and materials would; one campus's ${people.everyone.length} people (${people.leads.length} crew leads, ${people.campusAdmins.length} campus admins, ${people.storekeepers.length} storekeepers, ${people.materialsManagers.length} materials managers, ${people.planners.length} planners) who chose WeCom for every severity and no quiet hours: ${expectedRows.toLocaleString('en')} inbox rows and as many WeCom application messages, sent to a real HTTP server on 127.0.0.1 answering as WeCom does. The delivery worker runs with the service's defaults (poll 1 s, 50 a batch). All ${ALERTS.toLocaleString('en')} were on Kafka ${publishSeconds.toFixed(1)} s after the first, so the latencies are mostly the burst's queue; the service ran ${statements.toLocaleString('en')} SQL statements for it (${(statements / expectedRows).toFixed(1)} per inbox row, deliveries included). Checked, or the run fails: every person × alert once in the inbox and once at WeCom, all delivered at the first attempt; ${REPEATS} of the alerts raised again inside their window added no row and no call. Latency: from the event's time to the inbox row's creation, and to the WeCom call's arrival.`,
        '',
        '| path | count | per second | p50 ms | p99 ms |',
        '| --- | --- | --- | --- | --- |',
        `| alert published → inbox rows written | ${expectedRows.toLocaleString('en')} rows | ${alertRate.toFixed(1)} alerts (${(expectedRows / fanOutSeconds).toFixed(0)} rows) | ${p(rowLatencies, 50)} | ${p(rowLatencies, 99)} |`,
        `| alert published → WeCom message received | ${calls.length.toLocaleString('en')} calls | ${(calls.length / deliverySeconds).toFixed(0)} deliveries (${(calls.length / ((lastCall - firstCall) / 1000)).toFixed(0)} from the first call on) | ${p(callLatencies, 50)} | ${p(callLatencies, 99)} |`,
        `| raw kafkajs produce → consume, the same ${ALERTS.toLocaleString('en')} messages | ${ALERTS.toLocaleString('en')} messages | ${raw.perSecond.toFixed(1)} | ${p(raw.latencies, 50)} | ${p(raw.latencies, 99)} |`,
        `| ratio (alerts into the inbox / raw) | | ${(alertRate / raw.perSecond).toFixed(2)} | ${ratio(p(rowLatencies, 50), p(raw.latencies, 50))}× | ${ratio(p(rowLatencies, 99), p(raw.latencies, 99))}× |`,
      ];
    } finally {
      await bus.disconnect();
    }
  } finally {
    await platform.stop();
    await wecom.close();
  }
}
