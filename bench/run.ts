/**
 * `npm run bench`: the platform's benchmarks, all in one run on this machine so the ratios compare like with
 * like. Starts its own PostgreSQL and Kafka; writes the results table to docs/benchmarks.md.
 * Sections (name one or more to run only those, e.g. `npm run bench -- notification`; a partial run prints its
 * tables and leaves docs/benchmarks.md alone, which only a whole run writes):
 *   core          1. gateway tax: the same query direct to the maintenance subgraph and through the gateway
 *                 2. event pipeline: work orders completed → stock issued, against raw kafkajs produce → consume
 *                 3. SQL statements per federated query at 10 and 100 work orders (N+1 check)
 *   maintenance   4. work-order lists and KPIs at a year of a 10-campus group's data
 *   materials     5. stock levels and issues at 200,000 lots
 *   import        6. importing 20,000 catalogue items and opening balances
 *   notification  7. 1,000 alerts fanned out to 50 people (inbox and WeCom), against raw kafkajs with the same
 *                    messages; on a platform of its own (the notification service and its broker), after the others
 */
import { MaintenanceRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { ensureKafkaJars, freePort, startPostgres } from '@houqin/platform-local-infra';
import { eventually, graphqlData, ROOT, TestPlatform } from '@houqin/platform-testing';
import { maintenanceAtScale } from './maintenance-at-scale';
import { materialsAtScale } from './materials-at-scale';
import { materialsImport } from './materials-import';
import { percentile } from './measure';
import { notificationFanOut } from './notification-fan-out';
import { rawKafka } from './raw-kafka';
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

const EAST = randomUUID();
const admin: Identity = { subject: 'bench', staffId: randomUUID(), name: '压测', roles: [Role.GROUP_ADMIN, MaintenanceRole.TECHNICIAN], campusIds: [EAST] };
const LIST_QUERY = `{ workOrders(first: 10) { edges { node { id number status priority sla { responseDueAt responseBreached } } } } }`;

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
}

async function load(url: string, headers: Record<string, string>, connections: number, seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: LIST_QUERY }),
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`load run had ${result.non2xx} non-2xx and ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

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

/** Gateway tax, SQL statements per federated query and the event pipeline: they share one campus's seeded data. */
async function core(platform: TestPlatform): Promise<string[]> {
  const lines: string[] = [];
  const m = async (query: string, variables: Record<string, unknown> = {}) =>
    graphqlData<Record<string, any>>(platform.serviceUrl('maintenance'), { query, variables, identityToken: await platform.identityToken(admin) });
  const mat = async (query: string, variables: Record<string, unknown> = {}) =>
    graphqlData<Record<string, any>>(platform.serviceUrl('materials'), { query, variables, identityToken: await platform.identityToken(admin) });
  const o = async (query: string, variables: Record<string, unknown> = {}) =>
    graphqlData<Record<string, any>>(platform.serviceUrl('org'), { query, variables, identityToken: await platform.identityToken(admin) });

  // A campus, a ward with its department, a valve in stock.
  await o(`mutation($id: ID!) { createCampus(input: { id: $id, code: "EAST", name: "东院" }) { id } }`, { id: EAST });
  const building = (await o(`mutation($c: ID!) { createBuilding(input: { campusId: $c, code: "ZY1", name: "1号住院楼" }) { id } }`, { c: EAST })).createBuilding
    .id;
  const department = (
    await o(`mutation($c: ID!) { createDepartment(input: { campusId: $c, name: "心血管内科", costCentreCode: "CC-1001" }) { id } }`, { c: EAST })
  ).createDepartment.id;
  const ward = (
    await o(
      `mutation($c: ID!, $b: ID!, $d: ID!) { createLocation(input: { campusId: $c, buildingId: $b, departmentId: $d, kind: WARD, code: "5W", name: "5病区" }) { id } }`,
      { c: EAST, b: building, d: department },
    )
  ).createLocation.id;
  const team = (await o(`mutation($c: ID!) { createTeam(input: { campusId: $c, name: "水电班", trade: PLUMBING }) { id } }`, { c: EAST })).createTeam.id;
  await o(`mutation($id: ID!, $c: ID!, $t: ID!) { createStaff(input: { id: $id, campusId: $c, teamId: $t, employeeNo: "B0001", name: "压测技工" }) { id } }`, {
    id: admin.staffId,
    c: EAST,
    t: team,
  });
  // Maintenance learns the directory from org's events.
  await eventually(
    async () => ((await platform.query('maintenance', `SELECT 1 FROM org_staff_replica WHERE id = $1`, [admin.staffId])).length ? true : undefined),
    60_000,
    'maintenance org replica',
  );
  const valve = (await mat(`mutation { createItem(input: { code: "VAL-DN20", name: "截止阀 DN20", unit: "个", category: SPARE_PART }) { id } }`)).createItem.id;
  const warehouse = (await mat(`mutation($c: ID!) { createWarehouse(input: { campusId: $c, code: "WH-EAST", name: "东院区总库" }) { id } }`, { c: EAST }))
    .createWarehouse.id;
  await mat(`mutation($w: ID!, $i: ID!) { receiveGoods(input: { warehouseId: $w, lines: [{ itemId: $i, quantity: 100000, unitCostFen: 3500 }] }) { id } }`, {
    w: warehouse,
    i: valve,
  });

  const submit = async () =>
    (
      await m(`mutation($i: SubmitRepairRequestInput!) { submitRepairRequest(input: $i) { id } }`, {
        i: { campusId: EAST, locationId: ward, departmentId: department, category: 'PLUMBING', priority: 'NORMAL', title: '阀门漏水' },
      })
    ).submitRepairRequest.id as string;
  const toInProgress = async (id: string) => {
    await m(`mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: id, teamId: team, technicianId: admin.staffId },
    });
    await m(`mutation($id: ID!) { acceptWorkOrder(workOrderId: $id) { status } }`, { id });
    await m(`mutation($id: ID!) { startWorkOrder(workOrderId: $id) { status } }`, { id });
  };

  // 1. Gateway tax.
  for (let i = 0; i < 10; i++) await submit();
  const direct = { 'x-houqin-identity': await platform.identityToken(admin) };
  const viaGateway = { authorization: `Bearer ${await platform.userToken(admin)}` };
  lines.push(
    '## Gateway tax',
    '',
    `\`${LIST_QUERY}\`, autocannon, 8 s per cell; the identity token is re-signed each run (60 s lifetime).`,
    '',
    '| concurrency | direct RPS | gateway RPS | RPS ratio (gateway/direct) | direct p50 / p99 ms | gateway p50 / p99 ms |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const connections of [1, 10]) {
    await load(platform.serviceUrl('maintenance'), { 'x-houqin-identity': await platform.identityToken(admin) }, connections, 2); // warm-up
    const d = await load(platform.serviceUrl('maintenance'), { 'x-houqin-identity': await platform.identityToken(admin) }, connections, 8);
    const g = await load(platform.gatewayUrl, viaGateway, connections, 8);
    lines.push(`| ${connections} | ${d.rps.toFixed(0)} | ${g.rps.toFixed(0)} | ${(g.rps / d.rps).toFixed(2)} | ${d.p50} / ${d.p99} | ${g.p50} / ${g.p99} |`);
  }
  void direct;

  // 3. SQL statements per federated query (before the pipeline run adds hundreds of orders).
  const statements = async () => {
    const counts: Record<string, number> = {};
    for (const name of ['org', 'maintenance', 'materials'] as const) {
      const text = await (await fetch(`${platform.process(name).url}/metrics`)).text();
      counts[name] = Number(/houqin_sql_statements_total (\d+)/.exec(text)?.[1] ?? NaN);
    }
    return counts;
  };
  const FEDERATED = (n: number) =>
    `{ workOrders(first: ${n}) { edges { node { number location { name } department { name } parts { quantity item { name } } timeline { actorName } partsCostFen stockIssues { totalCostFen } } } } }`;
  for (let i = 10; i < 100; i++) await submit();
  const ids = (await m(`{ workOrders(first: 100) { edges { node { id } } } }`)).workOrders.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
  for (const id of ids.slice(0, 100)) {
    await toInProgress(id);
    await m(`mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: id, labourMinutes: 30, parts: [{ itemId: valve, quantity: 1 }] },
    });
  }
  await new Promise((r) => setTimeout(r, 5000));
  lines.push(
    '',
    '## SQL statements per federated query',
    '',
    `\`${FEDERATED(10).replace('10', 'N')}\` through the gateway; statements counted by each service's \`/metrics\`.`,
    '',
    '| work orders (N) | org | maintenance | materials | total |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const n of [10, 100]) {
    await graphqlData(platform.gatewayUrl, { query: FEDERATED(n), token: await platform.userToken(admin) }); // warm caches
    const before = await statements();
    await graphqlData(platform.gatewayUrl, { query: FEDERATED(n), token: await platform.userToken(admin) });
    const after = await statements();
    const delta = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));
    lines.push(`| ${n} | ${delta.org} | ${delta.maintenance} | ${delta.materials} | ${delta.org + delta.maintenance + delta.materials} |`);
  }

  // 2. Event pipeline: completion commit → stock issued.
  const ORDERS = 200;
  const pipelineIds: string[] = [];
  for (let i = 0; i < ORDERS; i++) pipelineIds.push(await submit());
  for (const id of pipelineIds) await toInProgress(id);
  const started = Date.now();
  const queue = [...pipelineIds];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let id = queue.shift(); id; id = queue.shift()) {
        await m(`mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { status } }`, {
          i: { workOrderId: id, labourMinutes: 30, parts: [{ itemId: valve, quantity: 1 }] },
        });
      }
    }),
  );
  let issued: { work_order_id: string; issued_at: Date }[] = [];
  while (Date.now() - started < 300_000) {
    issued = await platform.query('materials', 'SELECT work_order_id, issued_at FROM stock_issue WHERE work_order_id = ANY($1)', [pipelineIds]);
    if (issued.length === ORDERS) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const completedAt = new Map(
    (await platform.query<{ id: string; completed_at: Date }>('maintenance', 'SELECT id, completed_at FROM work_order WHERE id = ANY($1)', [pipelineIds])).map(
      (r) => [r.id, new Date(r.completed_at).getTime()],
    ),
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
    8,
  );
  const [rawRate, rawLatencies] = [raw.perSecond, raw.latencies];

  lines.push(
    '',
    '## Event pipeline',
    '',
    `${ORDERS} work orders completed by 8 concurrent clients; latency = stock issue committed in materials − completion committed in maintenance (outbox → relay → Kafka → inbox consumer → FIFO issue). Baseline: raw kafkajs produce (acks=all, 8 concurrent producers) → consume on the same broker.`,
    '',
    '| path | per second | p50 ms | p99 ms |',
    '| --- | --- | --- | --- |',
    `| work order completed → stock issued | ${pipelineRate.toFixed(1)} | ${percentile(latencies, 50)} | ${percentile(latencies, 99)} |`,
    `| raw kafkajs produce → consume | ${rawRate.toFixed(1)} | ${percentile(rawLatencies, 50)} | ${percentile(rawLatencies, 99)} |`,
    `| ratio (pipeline / raw) | ${(pipelineRate / rawRate).toFixed(2)} | ${(percentile(latencies, 50) / Math.max(1, percentile(rawLatencies, 50))).toFixed(1)}× | ${(percentile(latencies, 99) / Math.max(1, percentile(rawLatencies, 99))).toFixed(1)}× |`,
  );

  return lines;
}

/** Sections on one platform of org, maintenance and materials behind the gateway, in the order a whole run takes them. */
const ON_SHARED_PLATFORM: Record<string, (platform: TestPlatform) => Promise<string[]>> = {
  core,
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
      const platform = await TestPlatform.start({ services: ['org', 'maintenance', 'materials'], gateway: true });
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
