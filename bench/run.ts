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
 * BENCH_ENV (JSON, by process) adds settings to the platform's processes, e.g.
 * '{"gateway":{"NODE_OPTIONS":"--cpu-prof --cpu-prof-dir=/tmp/prof"}}' to profile the gateway under the benchmarks' load.
 */
import { ensureKafkaJars, freePort, startPostgres } from '@houqin/platform-local-infra';
import { ROOT, TestPlatform } from '@houqin/platform-testing';
import { eventPipeline } from './event-pipeline';
import { federatedQueries } from './federated-queries';
import { gatewayTax } from './gateway-tax';
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

- Gateway tax: the gateway verifies the user's JWT, signs a forwarded identity token per request and plans a
  federated query even for a single-subgraph selection; on 2 shared cores that roughly halves throughput for
  this small query. The cost is per request, not per field, so it shrinks relative to heavier queries.
- SQL statements stay flat from 10 to 100 work orders: every federated field and reference is batched per
  request (\`batchLoad\`). Counts come from \`/metrics\` and may include a relay poll that falls in the window.
- Event pipeline: each completion crosses two transactions (outbox write, consumer with inbox + FIFO issue
  with row locks) and a relay that sends in commit order; the raw baseline does none of that. Latency includes
  the relay's wake-up and kafkajs's per-partition sequential delivery; batching the consumer's inbox writes is
  the obvious next step if a hospital ever needs more than ~80 completions a second (the seeds give ~300 a month).
- Maintenance at scale: lists are keyset pages with a campus-scoped count, so they stay near the gateway's own
  cost. Group-wide KPIs aggregate every order of the year in one statement (the median needs a sort per group):
  about 0.1 s for 40,000 orders; a campus's KPIs use the (campus, submitted) index. Statement counts may include
  a relay or scheduled-job poll that falls in the window.
- Materials at 200,000 lots: stock levels sum only the lots still holding stock (a partial index keeps the
  used-up ones out) in one statement per warehouse; asking for every item's lots returns 80,000 of them, which is
  what the second row pays for. Stock as of a date and the valuation sum the ledger (about 360,000 movements
  here). Issues from four clients go no faster than ~1.5–1.8× one client on 2 cores: each locks its item's lots,
  writes the ledger and an outbox row in one transaction, so the cores and the commit are the limit, not the locks.
- Notification fan-out: each alert is one transaction of the consumer group \`notification.alerts\`, which takes
  one event at a time (kafkajs hands a consumer one message at a time, whatever the partitions): the event inbox
  row, the audience query, the alert's inbox rows in one insert (the deduplication key makes a repeat a no-op),
  the people's preferences and a delivery row per person and channel. The delivery worker then polls (every
  second when idle, round after round while anything is due), locks 50 due deliveries, sends them at once and
  writes each one's attempt and status with two statements of its own in the round's transaction: about three
  statements per inbox row in all. Sharing 2 cores with the consumer, PostgreSQL and the broker, the worker falls
  behind during a burst, so the WeCom latencies are mostly its queue, not the poll interval. What would speed it
  up: recording a round in two set-based statements instead of two per delivery (\`delivery-worker.ts\`), and
  consuming partitions concurrently or a batch of events per transaction (\`platform-events\`); a larger
  \`NOTIFY_DELIVERY_BATCH\` alone would not, the statements per delivery stay the same. As it is, a burst of a
  thousand alerts (a scheduled expiry or certificate scan raises them all at once) is in every inbox within about
  half a minute and on WeCom within about a minute here.
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
