import { TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { EastCampus, eastCampus } from './east-campus';
import { percentile } from './measure';
import { rawKafka } from './raw-kafka';

const ORDERS = 200;
/** Big enough that draining it takes many polls. */
const BACKLOG = 600;
const CLIENTS = 8;
/** Completions one at a time, each after the previous one's parts were issued: the pipeline's latency at low load. */
const SINGLES = 50;

const ms = (date: Date | string) => new Date(date).getTime();
const perSecond = (count: number, from: number, to: number) => count / ((to - from) / 1000);

/** `count` work orders walked to IN_PROGRESS, ready to complete. */
async function startedWorkOrders(campus: EastCampus, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await campus.submit());
  for (const id of ids) await campus.toInProgress(id);
  return ids;
}

/** Completes the work orders from `CLIENTS` clients at once. */
async function completeAll(campus: EastCampus, ids: string[]): Promise<void> {
  const queue = [...ids];
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let id = queue.shift(); id; id = queue.shift()) await campus.complete(id);
    }),
  );
}

/**
 * When each work order was completed (maintenance's commit time) and when its stock issue was first seen committed in
 * materials (polled every 20 ms: a batch's rows share one transaction time, so the commit is what counts). Start it
 * before the completions, so that nothing is seen late.
 */
async function timings(platform: TestPlatform, ids: string[]): Promise<{ completed: Map<string, number>; issued: Map<string, number> }> {
  const deadline = Date.now() + 300_000;
  const issued = new Map<string, number>();
  // One connection for all the polls: a connection per poll would load PostgreSQL more than the pipeline does.
  const materials = new Client({ connectionString: platform.databases.materials });
  await materials.connect();
  try {
    while (issued.size < ids.length) {
      if (Date.now() > deadline) throw new Error(`only ${issued.size} of ${ids.length} work orders had their parts issued`);
      const { rows } = await materials.query<{ work_order_id: string }>('SELECT work_order_id FROM stock_issue WHERE work_order_id = ANY($1)', [ids]);
      const seen = Date.now();
      for (const row of rows) if (!issued.has(row.work_order_id)) issued.set(row.work_order_id, seen);
      if (issued.size < ids.length) await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    await materials.end();
  }
  const completed = await platform.query<{ id: string; completed_at: Date }>('maintenance', 'SELECT id, completed_at FROM work_order WHERE id = ANY($1)', [
    ids,
  ]);
  return { completed: new Map(completed.map((r) => [r.id, ms(r.completed_at)])), issued };
}

/**
 * Work orders completed → their parts issued (maintenance → outbox → relay → Kafka → materials' inbox consumer → FIFO
 * issue), against raw kafkajs produce → consume of as many messages on the same broker: under a burst of completions,
 * draining a backlog (materials down while they were completed), and one at a time.
 */
export async function eventPipeline(platform: TestPlatform): Promise<string[]> {
  const campus = await eastCampus(platform);

  // A burst: 8 clients complete 200 work orders as fast as maintenance takes them.
  const burst = await startedWorkOrders(campus, ORDERS);
  const watched = timings(platform, burst);
  await completeAll(campus, burst);
  const b = await watched;
  const firstCompleted = Math.min(...b.completed.values());
  const feedRate = perSecond(ORDERS, firstCompleted, Math.max(...b.completed.values()));
  const burstRate = perSecond(ORDERS, firstCompleted, Math.max(...b.issued.values()));
  const burstLatencies = burst.map((id) => b.issued.get(id)! - b.completed.get(id)!);

  // A backlog: completions made while materials was down; its consumer drains them once it is back. From the first
  // issue seen (the group has joined) to the last.
  const backlog = await startedWorkOrders(campus, BACKLOG);
  const materials = platform.process('materials');
  await materials.stop();
  await completeAll(campus, backlog);
  await materials.start();
  const d = await timings(platform, backlog);
  const firstSeen = Math.min(...d.issued.values());
  const drainRate = perSecond([...d.issued.values()].filter((seen) => seen > firstSeen).length, firstSeen, Math.max(...d.issued.values()));

  // Raw kafkajs on the same broker: produce → consume, acks=all, one message per "work order".
  const raw = await rawKafka(
    platform.kafka.brokers,
    'bench.raw.v1',
    Array.from({ length: ORDERS }, () => ({ key: randomUUID(), value: '{}', headers: {} })),
    CLIENTS,
  );

  // Low load: one completion at a time.
  const singles: number[] = [];
  for (let i = 0; i < SINGLES; i++) {
    const [id] = await startedWorkOrders(campus, 1);
    const watching = timings(platform, [id]);
    await campus.complete(id);
    const one = await watching;
    singles.push(one.issued.get(id)! - one.completed.get(id)!);
  }

  const row = (path: string, rate: number | null, latencies: number[] | null) =>
    `| ${path} | ${rate === null ? '–' : rate.toFixed(1)} | ${rate === null ? '–' : (rate / raw.perSecond).toFixed(2)} | ${latencies ? `${percentile(latencies, 50)} / ${percentile(latencies, 99)}` : '–'} |`;
  return [
    '',
    '## Event pipeline',
    '',
    `Work orders completed in maintenance → their parts issued in materials (outbox → relay → Kafka → inbox consumer → FIFO issue); latency = stock issue seen committed in materials (polled every 20 ms) − completion committed in maintenance. Baseline: raw kafkajs produce (acks=all, ${CLIENTS} concurrent producers) → consume of ${ORDERS} messages on the same broker.`,
    '',
    '| path | per second | / raw | latency p50 / p99 ms |',
    '| --- | --- | --- | --- |',
    row(`${ORDERS} completions from ${CLIENTS} clients: completed (maintenance's GraphQL mutations, the feed)`, feedRate, null),
    row(`the same: completed → stock issued`, burstRate, burstLatencies),
    row(`${BACKLOG} completions made while materials was down: its consumer draining them`, drainRate, null),
    row(`raw kafkajs produce → consume`, raw.perSecond, raw.latencies),
    row(`one completion at a time (${SINGLES}), low load`, null, singles),
  ];
}
