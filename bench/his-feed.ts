import { Identity, Role } from '@houqin/platform-auth';
import { chinaDateTime } from '@houqin/platform-calendar';
import { freePort } from '@houqin/platform-local-infra';
import { graphqlData, OrgFixture, TestPlatform } from '@houqin/platform-testing';
import { connect, Socket } from 'node:net';
import { Client } from 'pg';
import { percentile } from './measure';
import { rawKafka } from './raw-kafka';

/** Beds of the bench's ward: one encounter each, so every discharge opens a terminal clean. */
const ROOMS = 25;
const BEDS_PER_ROOM = 20;
const BEDS = ROOMS * BEDS_PER_ROOM;
/** HIS interfaces sending at once (a Chinese HIS often runs one per campus or per message type). */
const CONNECTIONS = 4;
/** How often the watcher asks: a console refreshing far faster than a person would, without being the load itself. */
const WATCH_EVERY_MS = 50;
/** The load for the discharge → task latency, and the HIS connections it comes over. */
const PACED_PER_SECOND = 50;
const PACED_CONNECTIONS = 2;

const START = 0x0b;
const END = Buffer.from([0x1c, 0x0d]);

/**
 * A plain MLLP sender for the bench: one connection, a message at a time, each after the previous one's ACK (as a HIS
 * interface engine does). The tests use python-hl7's mllp_send as the independent client; here the client must not be
 * the bottleneck (a Python process per batch would be).
 */
class MllpConnection {
  private pending = Buffer.alloc(0);
  private waiting: ((ack: string) => void) | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => {
      this.pending = Buffer.concat([this.pending, chunk]);
      const end = this.pending.indexOf(END);
      if (end >= 0 && this.waiting) {
        const ack = this.pending.subarray(1, end).toString('utf8');
        this.pending = this.pending.subarray(end + 2);
        const resolve = this.waiting;
        this.waiting = null;
        resolve(ack);
      }
    });
  }

  static open(port: number): Promise<MllpConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port }, () => resolve(new MllpConnection(socket)));
      socket.once('error', reject);
    });
  }

  send(message: string): Promise<string> {
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.socket.write(Buffer.concat([Buffer.from([START]), Buffer.from(message, 'utf8'), END]));
    });
  }

  close(): void {
    this.socket.end();
  }
}

const hl7Now = () => `${chinaDateTime(new Date()).replace(/[- :]/g, '')}00`;
let controlIds = 0;

/** An ADT message for bed `bed` (0-based) of the bench ward (HIS codes B01 / room / bed). */
function adt(trigger: 'A01' | 'A03', bed: number, isolation: boolean): string {
  const room = `R${String(Math.floor(bed / BEDS_PER_ROOM) + 1).padStart(2, '0')}`;
  const pv1 = ['PV1', '1', 'I', `B01^${room}^${(bed % BEDS_PER_ROOM) + 1}`, '', '', '', '', '', '', '0301', ...Array(8).fill(''), `V-BENCH-${bed}`].join('|');
  return [
    `MSH|^~\\&|HIS|东院区|HOUQIN|HOUQIN|${hl7Now()}||ADT^${trigger}^ADT_A01|BENCH-${++controlIds}|P|2.5|||AL|NE||UNICODE UTF-8`,
    `EVN|${trigger}|${hl7Now()}`,
    `PID|1||P${100000 + bed}^^^HIS^MR||患者${bed}^^^^^^L||19700101|F`,
    pv1,
    ...(isolation ? ['OBX|1|CWE|ISOLATION||CONTACT^接触隔离||||||F'] : []),
    '',
  ].join('\r');
}

/** A page cursor just before every task opened from `ms` on: cursors are a task's uuidv7 id, time-ordered. */
function cursorAt(ms: number): string {
  const time = ms.toString(16).padStart(12, '0');
  return Buffer.from(`${time.slice(0, 8)}-${time.slice(8)}-7000-8000-000000000000`, 'utf8').toString('base64url');
}

const ackCode = (ack: string) => ack.split('\r').find((segment) => segment.startsWith('MSA'))?.split('|')[1];

/** Sends `messages` over `CONNECTIONS` connections, each in order; resolves with each message's ACK time. */
async function sendAll(port: number, messages: string[], connections = CONNECTIONS): Promise<number[]> {
  const links = await Promise.all(Array.from({ length: connections }, () => MllpConnection.open(port)));
  const ackedAt: number[] = [];
  let next = 0;
  try {
    await Promise.all(
      links.map(async (link) => {
        for (let i = next++; i < messages.length; i = next++) {
          const ack = await link.send(messages[i]);
          if (ackCode(ack) !== 'AA') throw new Error(`message ${i} answered ${ack.replace(/\r/g, ' | ')}`);
          ackedAt[i] = Date.now();
        }
      }),
    );
  } finally {
    for (const link of links) link.close();
  }
  return ackedAt;
}

/** Waits until his has relayed `count` encounter events to Kafka (the outbox rows sent), returning when the last was. */
async function eventsRelayed(his: Client, since: Date, count: number): Promise<number> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const [{ n, last }] = (
      await his.query<{ n: number; last: Date | null }>(
        `SELECT count(*)::int AS n, max(sent_at) AS last FROM outbox_event WHERE type LIKE 'his.encounter.%' AND created_at >= $1 AND sent_at IS NOT NULL`,
        [since],
      )
    ).rows;
    if (n >= count && last) return last.getTime();
    if (Date.now() > deadline) throw new Error(`his relayed ${n} of ${count} encounter events`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The HIS feed under load, on a platform of its own (his and hygiene behind the gateway, the org directory published to
 * their replicas): ADT messages through MLLP (frame → parse → character set → map → store → ACK → encounter event on
 * Kafka) as fast as 1 and 4 HIS connections send them, and discharges at 50 a second → the terminal clean visible over
 * GraphQL (his → Kafka → hygiene's consumer → task opened and auto-assigned → the gateway). Baseline: raw kafkajs
 * produce → consume of as many messages on the same broker.
 */
export async function hisFeed(): Promise<string[]> {
  const org = new OrgFixture();
  const east = org.campus('东院区');
  const cardiology = org.department(east, '心血管内科', undefined, true, '0301');
  const ward = org.location(east, { kind: 'WARD', name: '压测病区', hisCode: 'B01', departmentId: cardiology });
  for (let r = 1; r <= ROOMS; r++) {
    const room = org.location(east, { kind: 'ROOM', name: `R${r}室`, parentId: ward, hisCode: `R${String(r).padStart(2, '0')}` });
    for (let b = 1; b <= BEDS_PER_ROOM; b++) org.location(east, { kind: 'BED', name: `R${r}-${b}床`, parentId: room, hisCode: String(b) });
  }
  const cleaners = Array.from({ length: 20 }, (_, i) => org.staff(east, { name: `保洁员${i + 1}` }));
  const mllpPort = await freePort();
  const platform = await TestPlatform.start({
    services: ['his', 'hygiene'],
    gateway: true,
    env: { his: { HIS_MLLP_PORT: String(mllpPort), LOG_LEVEL: 'warn' }, hygiene: { LOG_LEVEL: 'warn' } },
  });
  const his = new Client({ connectionString: platform.databases.his });
  try {
    await org.publishTo(platform, 'his', 'hygiene');
    const admin: Identity = { subject: 'bench:east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [east] };
    const as = async <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
      graphqlData<T>(platform.gatewayUrl, { query, variables, token: await platform.userToken(admin) });
    const { createZone } = await as<{ createZone: { id: string } }>(`mutation($i: CreateZoneInput!) { createZone(input: $i) { id } }`, {
      i: { campusId: east, name: '压测病区', kind: 'WARD', locationIds: [ward] },
    });
    for (const staffId of cleaners) {
      await as(`mutation($i: RegisterCleanerInput!) { registerCleaner(input: $i) { id } }`, { i: { staffId, zoneIds: [createZone.id] } });
      await as(`mutation($i: RecordCleanerTrainingInput!) { recordCleanerTraining(input: $i) { id } }`, { i: { cleanerId: staffId, trainedOn: '2026-01-05', validUntil: '2027-12-31' } });
    }
    await his.connect();

    // 1. Throughput: every bed admitted, half from one connection, half from four.
    const admissions = Array.from({ length: BEDS }, (_, bed) => adt('A01', bed, bed % 5 === 0));
    const half = BEDS / 2;
    const rates: { connections: number; acked: number; relayed: number }[] = [];
    for (const [connections, batch] of [
      [1, admissions.slice(0, half)],
      [CONNECTIONS, admissions.slice(half)],
    ] as const) {
      const since = new Date();
      const started = Date.now();
      const acked = await sendAll(mllpPort, [...batch], connections);
      const lastRelayed = await eventsRelayed(his, since, batch.length);
      rates.push({ connections, acked: batch.length / ((Math.max(...acked) - started) / 1000), relayed: batch.length / ((lastRelayed - started) / 1000) });
    }

    // 2. Discharges paced at 50 a second; each bed's terminal clean looked for over GraphQL, page after page.
    const sentAt = new Map<string, number>();
    const bedIds = (await his.query<{ id: string; his_code: string; parent_his: string }>(
      `SELECT b.id, b.his_code, r.his_code AS parent_his FROM org_location_replica b JOIN org_location_replica r ON r.id = b.parent_id WHERE b.kind = 'BED' AND r.parent_id = $1`,
      [ward],
    )).rows;
    const bedOf = (index: number) => {
      const room = `R${String(Math.floor(index / BEDS_PER_ROOM) + 1).padStart(2, '0')}`;
      return bedIds.find((b) => b.parent_his === room && b.his_code === String((index % BEDS_PER_ROOM) + 1))!.id;
    };
    const seenAt = new Map<string, number>();
    let sending = true;
    const watcher = (async () => {
      let deadline = Number.POSITIVE_INFINITY;
      while (seenAt.size < BEDS) {
        if (!sending && deadline === Number.POSITIVE_INFINITY) deadline = Date.now() + 120_000;
        if (Date.now() > deadline) throw new Error(`${seenAt.size} of ${BEDS} terminal cleans seen over GraphQL`);
        // Hygiene opens tasks in batches, three partitions at once, so they commit out of id order; but a task's id
        // (uuidv7) is stamped after its discharge was sent. Reading from the oldest unseen discharge's send time on
        // finds every task that can still appear, whatever order they commit in.
        const unseen = [...sentAt].filter(([bedId]) => !seenAt.has(bedId)).map(([, at]) => at);
        let after: string | null = unseen.length ? cursorAt(Math.min(...unseen) - 1) : null;
        while (after) {
          const { cleaningTasks } = await as<{ cleaningTasks: { edges: { node: { bedId: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
            `query($after: String) { cleaningTasks(first: 100, kind: TERMINAL, after: $after) { edges { node { bedId } } pageInfo { hasNextPage endCursor } } }`,
            { after },
          );
          const now = Date.now();
          for (const { node } of cleaningTasks.edges) if (!seenAt.has(node.bedId)) seenAt.set(node.bedId, now);
          after = cleaningTasks.pageInfo.hasNextPage ? cleaningTasks.pageInfo.endCursor : null;
        }
        await new Promise((r) => setTimeout(r, WATCH_EVERY_MS));
      }
    })();
    // Two connections, each sending every other discharge on the schedule: one connection's ACKs alone can take
    // longer than the 20 ms between messages while hygiene works beside it (its own rate is the rows above).
    const links = await Promise.all(Array.from({ length: PACED_CONNECTIONS }, () => MllpConnection.open(mllpPort)));
    const pacedStart = Date.now();
    await Promise.all(
      links.map(async (link, first) => {
        for (let bed = first; bed < BEDS; bed += PACED_CONNECTIONS) {
          const due = pacedStart + (bed * 1000) / PACED_PER_SECOND;
          if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
          sentAt.set(bedOf(bed), Date.now());
          const ack = await link.send(adt('A03', bed, bed % 5 === 0));
          if (ackCode(ack) !== 'AA') throw new Error(`discharge ${bed} answered ${ack}`);
        }
      }),
    );
    const pacedSeconds = (Date.now() - pacedStart) / 1000;
    for (const link of links) link.close();
    sending = false;
    await watcher;
    const latencies = [...sentAt].map(([bedId, sent]) => seenAt.get(bedId)! - sent);

    const raw = await rawKafka(
      platform.kafka.brokers,
      'bench.raw-adt.v1',
      admissions.map((message, i) => ({ key: `V-BENCH-${i}`, value: message, headers: {} })),
      CONNECTIONS,
    );
    return [
      '',
      `## HIS feed (${BEDS} beds, HL7 v2 over MLLP)`,
      '',
      `ADT messages of the bench ward (${BEDS} beds under ${ROOMS} rooms, every fifth patient under contact isolation) sent by a plain MLLP client, each connection waiting for a message's ACK before the next as a HIS interface does. An ACK means the message was framed, decoded (MSH-18), parsed, its PV1-3 codes mapped onto org's locations and it was stored with its encounter's change and the event in one transaction; "relayed" is when the last of those events was on Kafka. Discharges were then sent at ${PACED_PER_SECOND} a second from ${PACED_CONNECTIONS} connections (${pacedSeconds.toFixed(1)} s for ${BEDS}); each bed's terminal clean was looked for over GraphQL through the gateway (\`cleaningTasks\`, page after page) as hygiene's consumer opened and assigned it. Baseline: raw kafkajs produce → consume of the ${BEDS} admissions' bytes from ${CONNECTIONS} producers.`,
      '',
      '| path | per second | / raw | latency p50 / p99 ms |',
      '| --- | --- | --- | --- |',
      ...rates.map(
        (r) =>
          `| ${half} admissions from ${r.connections} connection${r.connections > 1 ? 's' : ''}: acknowledged | ${r.acked.toFixed(1)} | ${(r.acked / raw.perSecond).toFixed(2)} | – |\n| the same: events relayed to Kafka | ${r.relayed.toFixed(1)} | ${(r.relayed / raw.perSecond).toFixed(2)} | – |`,
      ),
      `| ${BEDS} discharges at ${PACED_PER_SECOND}/s: A03 sent → terminal clean visible over GraphQL | ${(BEDS / pacedSeconds).toFixed(1)} | – | ${percentile(latencies, 50).toFixed(0)} / ${percentile(latencies, 99).toFixed(0)} |`,
      `| raw kafkajs produce → consume | ${raw.perSecond.toFixed(1)} | 1.00 | ${percentile(raw.latencies, 50).toFixed(0)} / ${percentile(raw.latencies, 99).toFixed(0)} |`,
    ];
  } finally {
    await his.end().catch(() => undefined);
    await platform.stop();
  }
}
