/**
 * `npm run bench`: the platform's benchmarks, all in one run on this machine so the ratios compare like with
 * like. Starts its own PostgreSQL and Kafka; writes the results table to docs/benchmarks.md.
 * Sections (name one or more to run only those, e.g. `npm run bench -- notification`; a partial run prints its
 * tables and leaves docs/benchmarks.md alone, which only a whole run writes):
 *   gateway       1. gateway tax: the same query direct to the maintenance subgraph, through a bare @apollo/gateway
 *                    and through ours
 *   queries       2. SQL statements per federated query at 10 and 100 work orders (N+1 check)
 *   pipeline      3. event pipeline: work orders completed → stock issued, against raw kafkajs produce → consume
 *   maintenance   4. work-order lists and KPIs at a year of a 10-campus group's data
 *   materials     5. stock levels and issues at 200,000 lots
 *   import        6. importing 20,000 catalogue items and opening balances
 *   notification  7. 1,000 alerts fanned out to 50 people (inbox and WeCom), against raw kafkajs with the same
 *                    messages; on a platform of its own (the notification service and its broker), after the others
 *   his           8. the HIS feed: ADT messages through MLLP (ACK, event on Kafka) and discharges at 50/s → the terminal
 *                    clean visible over GraphQL, against raw kafkajs; on a platform of its own (his, hygiene, gateway)
 *   console       9. the web console in Chromium: JavaScript transferred and paints for a cold first view, the dispatch
 *                    board's longest frame while dragging with 500 open orders; on a platform of its own
 * BENCH_ENV (JSON, by process) adds settings to the platform's processes, e.g.
 * '{"gateway":{"NODE_OPTIONS":"--cpu-prof --cpu-prof-dir=/tmp/prof"}}' to profile the gateway under the benchmarks' load
 * ("bare-gateway" for the gateway-tax baseline).
 */
import { ensureKafkaJars, freePort, startPostgres } from '@houqin/platform-local-infra';
import { ROOT, TestPlatform } from '@houqin/platform-testing';
import { consoleBudgets } from './console-budgets';
import { eventPipeline } from './event-pipeline';
import { federatedQueries } from './federated-queries';
import { gatewayTax } from './gateway-tax';
import { hisFeed } from './his-feed';
import { maintenanceAtScale } from './maintenance-at-scale';
import { materialsAtScale } from './materials-at-scale';
import { materialsImport } from './materials-import';
import { notificationFanOut } from './notification-fan-out';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

/** How to read the tables; written below them. */
const NOTES = `
## Reading these numbers

- Gateway tax: the bare arm is \`@apollo/gateway\` on \`@apollo/server\` and Express with nothing of ours. Ours adds
  Nest, the user's token checked, an identity signed for the subgraphs, query limits and localisation. Verifying and
  signing are done once per caller and reused (at most 30 s of the identity's 60, never past the token's expiry;
  \`apps/gateway/src/caller-cache.ts\`); a query's limit verdict is kept per document and page sizes; subgraph calls
  use Node's fetch (Apollo's default agent captures a stack trace per request) with a deadline timer cleared when the
  body is read. Without an OTLP exporter nothing is instrumented (\`traceContext()\` carries the trace ids):
  recording every request's spans cost the gateway about 0.1 of its throughput here, which a deployment tracing
  everything pays (sample with \`OTEL_TRACES_SAMPLER\`). At concurrency 1 a request's latency is the figure, and this
  machine's speed drifts by half within a minute, so arms are interleaved in short rounds and each ratio is the median
  of the rounds' pairs; the CPU per request (from /proc) is the steadier comparison of what each gateway costs.
- SQL statements stay flat from 10 to 100 work orders: every federated field and reference is batched per
  request (\`batchLoad\`). Counted exactly: a service counts the statements issued in a GraphQL request's own async
  context (\`houqin_graphql_sql_statements_total\`), never the relay's, a job's or a consumer's.
- Event pipeline: the feed row is how fast 8 clients complete work orders through maintenance; under that burst the
  pipeline keeps up with it (its rate is the feed's, its latency the table's), so the burst says nothing about the
  pipeline's own limit. The backlog row does: 600 events waiting while materials was down, drained by its consumer
  in batches of up to 100 per partition, three partitions at once, each batch issued set-based (one lot lock, one
  insert per table; \`WorkOrderCompletedHandler.handleBatch\`), against raw kafkajs producing and consuming as many
  messages. One completion at a time is applied within tens of milliseconds: the relay wakes on the commit
  (LISTEN/NOTIFY) and the consumer fetches at once. Event rates vary between runs by about ±30 % here; the ratios
  in one run are what to read.
- Maintenance at scale: lists are keyset pages with a campus-scoped count, so they stay near the gateway's own
  cost. Group-wide KPIs aggregate every order of the year in one statement (the median needs a sort per group):
  about 0.1 s for 40,000 orders; a campus's KPIs use the (campus, submitted) index.
- Materials at 200,000 lots: stock levels sum only the lots still holding stock (a partial index keeps the
  used-up ones out) in one statement per warehouse; asking for every item's lots returns 80,000 of them, which is
  what the second row pays for. Stock as of a date and the valuation sum the ledger (about 360,000 movements
  here). Issues from four clients go no faster than ~1.5–1.8× one client on 2 cores: each locks its item's lots,
  writes the ledger and an outbox row in one transaction, so the cores and the commit are the limit, not the locks.
- Notification fan-out: the consumer group \`notification.alerts\` takes each partition's events in batches, three
  partitions at once, one transaction per batch; its handler has no set-based form yet, so each alert in a batch
  still costs its own statements: the audience query, the alert's inbox rows in one insert (the deduplication key
  makes a repeat a no-op), the people's preferences and a delivery row per person and channel. The delivery worker
  then polls (every second when idle, round after round while anything is due), locks 50 due deliveries, sends them
  at once and writes each one's attempt and status with two statements of its own in the round's transaction.
  Sharing 2 cores with the consumer, PostgreSQL and the broker, the worker falls behind during a burst, so the WeCom
  latencies are mostly its queue, not the poll interval. What would speed it up: a \`handleBatch\` for the alert
  rules (one audience query and one insert per batch), and recording a round in two set-based statements instead of
  two per delivery (\`delivery-worker.ts\`); a larger \`NOTIFY_DELIVERY_BATCH\` alone would not.
- HIS feed: an ACK waits for one transaction of about ten statements (the place codes in one whatever the ward's
  size, the PV1-10 department, the message, the visit's row upserted and so locked, its events stored and replayed,
  the encounter and the outbox row), so one MLLP connection, which sends a message only after the last one's ACK,
  runs at the speed of those round trips on cores shared with hygiene, PostgreSQL, the broker and the gateway;
  several connections overlap them. The relay takes a second look only after a full batch, so each message costs one
  relay round, not two. Hygiene's two consumer groups take the events in batches: \`hygiene.terminal-clean\` resolves
  a batch's beds in two statements (the locations with their parents, the zones), then plans, numbers (one counter
  update), assigns in memory against the roster read once and writes the tasks with one statement per table;
  \`hygiene.inpatient-census\` upserts the batch's stays in one. The watcher asks every 50 ms for the terminal cleans
  opened since the oldest discharge not yet seen was sent (task ids are time-ordered), so no task is missed whichever
  partition commits first, and the latency includes up to one interval of asking; a page's total is not counted
  unless a query asks for it. The discharges come over two connections, every other one each, on the 50-a-second
  schedule: one connection's ACKs can take longer than the 20 ms between messages while hygiene works beside it, so
  one alone would offer less than the load asked for. Latency is from each message's actual send. Next, if one
  connection must carry 50 a second: apply an A03 that arrives in order without replaying the visit's stored events.
`;

/** Sections on one platform of org, maintenance and materials behind the gateway, in the order a whole run takes them. */
const ON_SHARED_PLATFORM: Record<string, (platform: TestPlatform) => Promise<string[]>> = {
  // 1. The same query direct, through a bare @apollo/gateway and through ours.
  gateway: gatewayTax,
  // 2. SQL statements per federated query at 10 and 100 work orders (before the pipeline adds hundreds of orders).
  queries: federatedQueries,
  // 3. Work orders completed → stock issued, against raw kafkajs produce → consume.
  pipeline: eventPipeline,
  // 4. Maintenance lists and KPIs at a year of a 10-campus group's data.
  maintenance: maintenanceAtScale,
  // 5. Materials stock levels and issues at 200,000 lots.
  materials: materialsAtScale,
  // 6. Importing 20,000 catalogue items and opening balances.
  import: materialsImport,
};
/** Sections that start a platform of their own, after the shared one has stopped. */
const ON_OWN_PLATFORM: Record<string, () => Promise<string[]>> = {
  // 7. The notification fan-out: the notification service with its WeCom channel pointed at the bench.
  notification: notificationFanOut,
  // 8. The HIS feed: his and hygiene behind the gateway.
  his: hisFeed,
  // 9. The web console's budgets in Chromium: org, maintenance, the gateway serving the console.
  console: consoleBudgets,
};
const SECTIONS = [...Object.keys(ON_SHARED_PLATFORM), ...Object.keys(ON_OWN_PLATFORM)];

async function main(): Promise<void> {
  const named = process.argv.slice(2);
  const unknown = named.filter((name) => !SECTIONS.includes(name));
  if (unknown.length) throw new Error(`unknown bench section ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}`);
  const selected = SECTIONS.filter((name) => !named.length || named.includes(name));
  const dir = mkdtempSync(join(tmpdir(), 'houqin-bench-'));
  const pg = await startPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), ephemeral: true });
  process.env.HOUQIN_TEST_PG_URL = pg.serverUrl;
  process.env.HOUQIN_KAFKA_LIBS = ensureKafkaJars({ pomDir: join(ROOT, 'deploy', 'local', 'kafka'), cacheDir: join(ROOT, '.cache', 'kafka') });
  const lines: string[] = [];
  try {
    const shared = selected.filter((name) => name in ON_SHARED_PLATFORM);
    if (shared.length) {
      const platform = await TestPlatform.start({
        services: ['org', 'maintenance', 'materials'],
        gateway: true,
        env: JSON.parse(process.env.BENCH_ENV ?? '{}'),
      });
      try {
        for (const name of shared) lines.push(...(await ON_SHARED_PLATFORM[name](platform)));
      } finally {
        await platform.stop();
      }
    }
    for (const name of selected.filter((n) => n in ON_OWN_PLATFORM)) lines.push(...(await ON_OWN_PLATFORM[name]()));
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const header = [
    '# Benchmarks',
    '',
    `<!-- Written by \`npm run bench\`. -->`,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, everything on this machine: every number in a table comes from the same run, so compare ratios, not absolutes. Shared machines are noisy; rerun before drawing conclusions.`,
    '',
  ];
  if (selected.length === SECTIONS.length) writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), [...header, ...lines, NOTES].join('\n'));
  else console.log(`Ran ${selected.join(', ')} only: docs/benchmarks.md is written by a whole run.`);
  console.log([...header, ...lines].join('\n'));
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
