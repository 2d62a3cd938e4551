import { MaterialsRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { chinaToday, previousMonth } from '@houqin/platform-calendar';
import { graphql, graphqlData, TestPlatform } from '@houqin/platform-testing';
import { percentile, statementsNow } from './measure';

/**
 * Issue 4's benchmark: a campus warehouse with 200,000 lots (2,000 items × 100 deliveries over a year, most of
 * them used up, with their ledger movements), loaded straight into materials' database as a fixture. Measured
 * through the gateway: stock-level queries (p50/p99, statements) and FIFO issue throughput, one client and four.
 */
const ITEMS = 2_000;
const LOTS_PER_ITEM = 100;
const RUNS = 30;
const ISSUES = 200;

async function loadWarehouse(platform: TestPlatform): Promise<{ campusId: string; warehouseId: string; departmentId: string; itemIds: string[] }> {
  const [{ campusId, warehouseId, departmentId }] = await platform.query<{ campusId: string; warehouseId: string; departmentId: string }>(
    'materials',
    `SELECT gen_random_uuid() AS "campusId", gen_random_uuid() AS "warehouseId", gen_random_uuid() AS "departmentId"`,
  );
  // Ids the service will put in events: proper random UUIDs, as its own code makes them.
  await platform.query('materials', `INSERT INTO org_campus_replica (id, code, name, active, updated_at) VALUES ($1, 'BENCH', '压测院区', true, now())`, [
    campusId,
  ]);
  await platform.query(
    'materials',
    `INSERT INTO org_department_replica (id, campus_id, name, cost_centre_code, active, updated_at) VALUES ($1, $2, '压测科室', 'CC-BENCH', true, now())`,
    [departmentId, campusId],
  );
  await platform.query('materials', `INSERT INTO warehouse (id, campus_id, code, name, created_at) VALUES ($1, $2, 'WH-BENCH', '压测库房', now())`, [
    warehouseId,
    campusId,
  ]);
  await platform.query(
    'materials',
    `INSERT INTO item (id, code, name, unit, category, active, tracks_expiry, created_at, updated_at)
     SELECT gen_random_uuid(), 'BENCH-' || g, '压测物资 ' || g, '个', (ARRAY['SPARE_PART','CONSUMABLE','PROTECTIVE','CLEANING'])[1 + g % 4], true, g % 4 = 2, now(), now()
       FROM generate_series(1, ${ITEMS}) AS g`,
  );
  // Lot n of an item was delivered n×3.65 days ago; the oldest 60 are used up, so 40 per item still hold stock.
  await platform.query(
    'materials',
    `INSERT INTO stock_lot (id, campus_id, warehouse_id, item_id, goods_receipt_id, batch_no, quantity_received, quantity_remaining, unit_cost_fen, received_at, expires_on)
     SELECT gen_random_uuid(), $1, $2, item.id, gen_random_uuid(), 'B' || n, 50,
            CASE WHEN n > 40 THEN 0 ELSE 50 END, 100 + (i * 7 + n) % 900, now() - n * interval '3.65 days',
            CASE WHEN i % 4 = 2 THEN CURRENT_DATE + 400 - n END
       FROM generate_series(1, ${ITEMS}) AS i JOIN item ON item.code = 'BENCH-' || i, generate_series(1, ${LOTS_PER_ITEM}) AS n`,
    [campusId, warehouseId],
  );
  await platform.query(
    'materials',
    `INSERT INTO stock_movement (id, campus_id, warehouse_id, item_id, lot_id, kind, quantity, unit_cost_fen, department_id, document_type, document_id, occurred_at, recorded_by)
     SELECT gen_random_uuid(), campus_id, warehouse_id, item_id, id, 'RECEIPT', quantity_received, unit_cost_fen, NULL::uuid, 'GoodsReceipt', goods_receipt_id, received_at, 'bench'
       FROM stock_lot WHERE warehouse_id = $1
     UNION ALL
     SELECT gen_random_uuid(), campus_id, warehouse_id, item_id, id, 'ISSUE', -quantity_received, unit_cost_fen, $2::uuid, 'StockIssue', gen_random_uuid(),
            received_at + interval '20 days', 'bench'
       FROM stock_lot WHERE warehouse_id = $1 AND quantity_remaining = 0`,
    [warehouseId, departmentId],
  );
  await platform.query('materials', 'ANALYZE item; ANALYZE stock_lot; ANALYZE stock_movement');
  const items = await platform.query<{ id: string }>('materials', `SELECT id FROM item WHERE code LIKE 'BENCH-%' ORDER BY code`);
  return { campusId, warehouseId, departmentId, itemIds: items.map((i) => i.id) };
}

export async function materialsAtScale(platform: TestPlatform): Promise<string[]> {
  const { campusId, warehouseId, departmentId, itemIds } = await loadWarehouse(platform);
  const keeper: Identity = { subject: 'bench:keeper', staffId: null, name: '压测库管', roles: [MaterialsRole.STOREKEEPER], campusIds: [campusId] };
  const token = await platform.userToken(keeper);
  const analystToken = await platform.userToken({ subject: 'bench:analyst', staffId: null, name: '压测分析', roles: [Role.ANALYST], campusIds: [] });
  const lastMonth = previousMonth(chinaToday(new Date()));
  const halfYearAgo = new Date(Date.now() - 182 * 86_400_000).toISOString();
  const queries = [
    {
      name: `stock levels of the warehouse (${ITEMS.toLocaleString('en')} items)`,
      query: `{ stockLevels(warehouseId: "${warehouseId}") { item { code } onHand available valueFen } }`,
    },
    {
      name: 'stock levels with each item’s lots',
      query: `{ stockLevels(warehouseId: "${warehouseId}") { item { code } onHand lots { batchNo quantityRemaining expiresOn } } }`,
    },
    {
      name: 'stock as of six months ago, from the ledger',
      query: `{ stockAsOf(warehouseId: "${warehouseId}", at: "${halfYearAgo}") { item { code } quantity valueFen } }`,
    },
    { name: 'stock value by category, now', query: `{ stockValuation(campusId: "${campusId}") { category quantity valueFen } }` },
    {
      name: `materialsKpis for one campus-month (inventory family, ${lastMonth})`,
      query: `{ materialsKpis(month: "${lastMonth}", campusIds: ["${campusId}"]) { month inventory { consumptionFen closingValueFen inventoryTurnover daysOfCover stockOuts stockOutItems expiredValueFen } } }`,
      token: analystToken,
    },
  ];
  const lines = [
    '',
    '## Materials at 200,000 lots',
    '',
    `One warehouse, ${ITEMS.toLocaleString('en')} items × ${LOTS_PER_ITEM} deliveries over a year = ${(ITEMS * LOTS_PER_ITEM).toLocaleString('en')} lots (80,000 still holding stock) and their ledger movements, loaded into materials' database; each query through the gateway ${RUNS} times in a row after one warm-up; statements from materials' \`/metrics\` for one run.`,
    '',
    '| query | p50 ms | p99 ms | SQL statements |',
    '| --- | --- | --- | --- |',
  ];
  for (const { name, query, token: caller = token } of queries) {
    await graphqlData(platform.gatewayUrl, { query, token: caller });
    const before = await statementsNow(platform, 'materials');
    await graphqlData(platform.gatewayUrl, { query, token: caller });
    const statements = (await statementsNow(platform, 'materials')) - before;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await graphqlData(platform.gatewayUrl, { query, token: caller });
      times.push(performance.now() - started);
    }
    lines.push(`| ${name} | ${percentile(times, 50).toFixed(0)} | ${percentile(times, 99).toFixed(0)} | ${statements} |`);
  }

  // FIFO issues of 1 unit of one item each, spread over the items (FEFO for every fourth).
  const issue = (n: number) =>
    graphql(platform.gatewayUrl, {
      query: `mutation($i: IssueStockInput!) { issueStock(input: $i) { id } }`,
      variables: { i: { warehouseId, departmentId, lines: [{ itemId: itemIds[(n * 37) % itemIds.length], quantity: 1 + (n % 3) }] } },
      token,
    });
  const throughput = async (clients: number) => {
    let next = 0;
    const started = performance.now();
    const latencies: number[] = [];
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < ISSUES) {
          const n = next++;
          const t = performance.now();
          const result = await issue(n + clients * 1000);
          if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
          latencies.push(performance.now() - t);
        }
      }),
    );
    return { perSecond: ISSUES / ((performance.now() - started) / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  };
  const one = await throughput(1);
  const four = await throughput(4);
  lines.push(
    '',
    `FIFO/FEFO stock issues through the gateway, ${ISSUES} each run (one line of 1–3 units; lots locked, drawn, ledger written, event in the outbox):`,
    '',
    '| clients | issues per second | p50 ms | p99 ms |',
    '| --- | --- | --- | --- |',
    `| 1 | ${one.perSecond.toFixed(1)} | ${one.p50.toFixed(0)} | ${one.p99.toFixed(0)} |`,
    `| 4 | ${four.perSecond.toFixed(1)} | ${four.p50.toFixed(0)} | ${four.p99.toFixed(0)} |`,
    `| ratio (4 / 1) | ${(four.perSecond / one.perSecond).toFixed(2)} | | |`,
  );
  return lines;
}
