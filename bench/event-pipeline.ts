import { TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';
import { eastCampus } from './east-campus';
import { percentile } from './measure';
import { rawKafka } from './raw-kafka';

const ORDERS = 200;
const CLIENTS = 8;

/** Work orders completed → their parts issued (maintenance → Kafka → materials), against raw kafkajs on the same broker. */
export async function eventPipeline(platform: TestPlatform): Promise<string[]> {
  const campus = await eastCampus(platform);
  const ids: string[] = [];
  for (let i = 0; i < ORDERS; i++) ids.push(await campus.submit());
  for (const id of ids) await campus.toInProgress(id);
  const started = Date.now();
  const queue = [...ids];
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let id = queue.shift(); id; id = queue.shift()) await campus.complete(id);
    }),
  );
  let issued: { work_order_id: string; issued_at: Date }[] = [];
  while (Date.now() - started < 300_000) {
    issued = await platform.query('materials', 'SELECT work_order_id, issued_at FROM stock_issue WHERE work_order_id = ANY($1)', [ids]);
    if (issued.length === ORDERS) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const completedAt = new Map(
    (await platform.query<{ id: string; completed_at: Date }>('maintenance', 'SELECT id, completed_at FROM work_order WHERE id = ANY($1)', [ids])).map((r) => [
      r.id,
      new Date(r.completed_at).getTime(),
    ]),
  );
  const latencies = issued.map((r) => new Date(r.issued_at).getTime() - (completedAt.get(r.work_order_id) ?? NaN));
  const lastIssued = Math.max(...issued.map((r) => new Date(r.issued_at).getTime()));
  const firstCompleted = Math.min(...completedAt.values());
  const pipelineRate = issued.length / ((lastIssued - firstCompleted) / 1000);

  // Raw kafkajs on the same broker: produce → consume, acks=all, one message per "work order".
  const raw = await rawKafka(
    platform.kafka.brokers,
    'bench.raw.v1',
    Array.from({ length: ORDERS }, () => ({ key: randomUUID(), value: '{}', headers: {} })),
    CLIENTS,
  );
  const [rawRate, rawLatencies] = [raw.perSecond, raw.latencies];
  return [
    '## Event pipeline',
    '',
    `${ORDERS} work orders completed by ${CLIENTS} concurrent clients; latency = stock issue committed in materials − completion committed in maintenance (outbox → relay → Kafka → inbox consumer → FIFO issue). Baseline: raw kafkajs produce (acks=all, ${CLIENTS} concurrent producers) → consume on the same broker.`,
    '',
    '| path | per second | p50 ms | p99 ms |',
    '| --- | --- | --- | --- |',
    `| work order completed → stock issued | ${pipelineRate.toFixed(1)} | ${percentile(latencies, 50)} | ${percentile(latencies, 99)} |`,
    `| raw kafkajs produce → consume | ${rawRate.toFixed(1)} | ${percentile(rawLatencies, 50)} | ${percentile(rawLatencies, 99)} |`,
    `| ratio (pipeline / raw) | ${(pipelineRate / rawRate).toFixed(2)} | ${(percentile(latencies, 50) / Math.max(1, percentile(rawLatencies, 50))).toFixed(1)}× | ${(percentile(latencies, 99) / Math.max(1, percentile(rawLatencies, 99))).toFixed(1)}× |`,
  ];
}
