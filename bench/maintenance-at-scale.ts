import { Identity, Role } from '@houqin/platform-auth';
import { graphqlData, TestPlatform } from '@houqin/platform-testing';
import { percentile, statementsNow } from './measure';

/**
 * Issue 3's benchmark: work-order lists and KPI queries at one year of data for a 10-campus group — 40,000
 * work orders and 20,000 assets, loaded straight into maintenance's database (a fixture, not the code under
 * test) — through the gateway: p50/p99 of 30 sequential runs, and the SQL statements one run costs.
 */
const CAMPUSES = 10;
const ORDERS = 40_000;
const ASSETS = 20_000;
const RUNS = 30;

async function loadYearOfData(platform: TestPlatform): Promise<string[]> {
  const campuses: { id: string }[] = await platform.query('maintenance', `SELECT gen_random_uuid() AS id FROM generate_series(1, ${CAMPUSES})`);
  const ids = campuses.map((c) => c.id);
  // Each campus: 4 teams, 40 departments, 200 locations; orders spread over the last 365 days, mostly closed.
  await platform.query(
    'maintenance',
    `WITH campus AS (SELECT id, row_number() OVER () AS n FROM unnest($1::uuid[]) AS id),
          o AS (SELECT g, (SELECT id FROM campus WHERE n = 1 + g % ${CAMPUSES}) AS campus_id,
                       now() - (g % 365) * interval '1 day' - (g % 1440) * interval '1 minute' AS submitted_at,
                       (ARRAY['PLUMBING','ELECTRICAL','HVAC','ELEVATOR','CARPENTRY','GENERAL'])[1 + g % 6] AS category,
                       (ARRAY['URGENT','HIGH','NORMAL','NORMAL','LOW'])[1 + g % 5] AS priority,
                       CASE WHEN g % 20 = 0 THEN 'SUBMITTED' WHEN g % 20 = 1 THEN 'DISPATCHED' WHEN g % 20 = 2 THEN 'IN_PROGRESS'
                            WHEN g % 20 = 3 THEN 'CANCELLED' WHEN g % 20 = 4 THEN 'COMPLETED' ELSE 'CLOSED' END AS status
                  FROM generate_series(1, ${ORDERS}) AS g)
     INSERT INTO work_order (id, number, campus_id, location_id, department_id, requester_subject, category, priority, title, status,
                             team_id, technician_id, labour_minutes, completion_count, submitted_at, response_due_at, resolution_due_at,
                             dispatched_at, accepted_at, started_at, completed_at, signed_off_at, closed_at, cancelled_at, source)
     SELECT uuidv7(), 'WO-BENCH-' || g, campus_id, md5(campus_id::text || 'L' || g % 200)::uuid, md5(campus_id::text || 'D' || g % 40)::uuid,
            'bench', category, priority, '压测工单 ' || g, status,
            CASE WHEN status = 'SUBMITTED' THEN NULL ELSE md5(campus_id::text || 'T' || g % 4)::uuid END,
            CASE WHEN status IN ('SUBMITTED', 'CANCELLED') THEN NULL ELSE md5(campus_id::text || 'S' || g % 30)::uuid END,
            CASE WHEN status IN ('COMPLETED', 'CLOSED') THEN 30 + g % 240 END,
            CASE WHEN status IN ('COMPLETED', 'CLOSED') THEN 1 + (g % 50 = 0)::int ELSE 0 END,
            submitted_at, submitted_at + interval '30 minutes', submitted_at + interval '8 hours',
            CASE WHEN status NOT IN ('SUBMITTED', 'CANCELLED') THEN submitted_at + interval '10 minutes' END,
            CASE WHEN status IN ('IN_PROGRESS', 'COMPLETED', 'CLOSED') THEN submitted_at + (g % 60) * interval '1 minute' END,
            CASE WHEN status IN ('IN_PROGRESS', 'COMPLETED', 'CLOSED') THEN submitted_at + interval '70 minutes' END,
            CASE WHEN status IN ('COMPLETED', 'CLOSED') THEN submitted_at + (60 + g % 600) * interval '1 minute' END,
            CASE WHEN status = 'CLOSED' THEN submitted_at + interval '12 hours' END,
            CASE WHEN status = 'CLOSED' THEN submitted_at + interval '13 hours' END,
            CASE WHEN status = 'CANCELLED' THEN submitted_at + interval '5 minutes' END,
            'CONSOLE'
       FROM o`,
    [ids],
  );
  await platform.query(
    'maintenance',
    `WITH campus AS (SELECT id, row_number() OVER () AS n FROM unnest($1::uuid[]) AS id)
     INSERT INTO asset (id, campus_id, location_id, department_id, asset_no, name, category, criticality, registration_no, commissioned_on,
                        status, status_changed_at, certificate_valid_until, created_at, updated_at)
     SELECT uuidv7(), c.id, md5(c.id::text || 'L' || g % 200)::uuid, md5(c.id::text || 'D' || g % 40)::uuid, 'A-' || g,
            (ARRAY['电梯','锅炉','灭菌器','发电机组','变压器','冷水机组','水泵','照明'])[1 + g % 8] || ' ' || g,
            (ARRAY['ELEVATOR','BOILER','STERILISER','GENERATOR','TRANSFORMER','HVAC','PUMP','LIGHTING'])[1 + g % 8],
            (ARRAY['CRITICAL','HIGH','MEDIUM','LOW'])[1 + g % 4],
            CASE WHEN g % 8 < 3 THEN 'REG-' || g END, DATE '2015-01-01' + g % 3000,
            'IN_SERVICE', now(), CASE WHEN g % 8 < 3 THEN CURRENT_DATE + (g % 400) - 30 END, now(), now()
       FROM generate_series(1, ${ASSETS}) AS g JOIN campus c ON c.n = 1 + g % ${CAMPUSES}`,
    [ids],
  );
  await platform.query('maintenance', 'ANALYZE work_order; ANALYZE asset');
  return ids;
}

export async function maintenanceAtScale(platform: TestPlatform): Promise<string[]> {
  const campusIds = await loadYearOfData(platform);
  const analyst: Identity = { subject: 'bench:analyst', staffId: null, name: '压测分析', roles: [Role.ANALYST], campusIds: [] };
  const campusAdmin: Identity = { subject: 'bench:admin', staffId: null, name: '压测院区管理员', roles: [Role.CAMPUS_ADMIN], campusIds: [campusIds[0]] };
  const yearAgo = new Date(Date.now() - 366 * 86_400_000).toISOString();
  const now = new Date(Date.now() + 60_000).toISOString();
  const queries: { name: string; who: Identity; query: string }[] = [
    {
      name: 'work orders of a campus, first 50 (+ totalCount)',
      who: campusAdmin,
      query: `{ workOrders(first: 50) { totalCount edges { node { number status priority category sla { responseBreached resolutionBreached } } } } }`,
    },
    {
      name: 'overdue work orders, group-wide, first 50',
      who: analyst,
      query: `{ workOrders(overdue: true, first: 50) { totalCount edges { node { number } } } }`,
    },
    {
      name: 'KPIs by month, group-wide, one year',
      who: analyst,
      query: `{ maintenanceKpis(from: "${yearAgo}", to: "${now}", groupBy: MONTH) { key orders averageResponseMinutes medianResponseMinutes averageRepairMinutes firstTimeFixRate responseCompliance resolutionCompliance } }`,
    },
    {
      name: 'KPIs by team, one campus, one year',
      who: campusAdmin,
      query: `{ maintenanceKpis(from: "${yearAgo}", to: "${now}", groupBy: TEAM) { key orders averageRepairMinutes firstTimeFixRate reopenRate } }`,
    },
    {
      name: 'SLA compliance by category, group-wide',
      who: analyst,
      query: `{ slaCompliance(from: "${yearAgo}", to: "${now}", groupBy: CATEGORY) { key responseCompliance resolutionCompliance } }`,
    },
    { name: 'backlog by campus, group-wide', who: analyst, query: `{ maintenanceBacklog(groupBy: CAMPUS) { key open averageAgeHours olderThanADay } }` },
    {
      name: 'asset search in a campus, first 50',
      who: campusAdmin,
      query: `{ assets(search: "电梯", first: 50) { totalCount edges { node { assetNo certificateStatus } } } }`,
    },
    {
      name: 'overdue special equipment, group-wide, first 50',
      who: analyst,
      query: `{ overdueSpecialEquipment(first: 50) { totalCount edges { node { assetNo } } } }`,
    },
  ];
  const lines = [
    '',
    '## Maintenance at one year of a 10-campus group',
    '',
    `${ORDERS.toLocaleString('en')} work orders over 365 days and ${ASSETS.toLocaleString('en')} assets on ${CAMPUSES} campuses, loaded into maintenance's database; each query through the gateway ${RUNS} times in a row after one warm-up; statements counted by maintenance's \`/metrics\` for one run.`,
    '',
    '| query | p50 ms | p99 ms | SQL statements |',
    '| --- | --- | --- | --- |',
  ];
  for (const { name, who, query } of queries) {
    const token = await platform.userToken(who);
    await graphqlData(platform.gatewayUrl, { query, token });
    const before = await statementsNow(platform, 'maintenance');
    await graphqlData(platform.gatewayUrl, { query, token });
    const statements = (await statementsNow(platform, 'maintenance')) - before;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await graphqlData(platform.gatewayUrl, { query, token });
      times.push(performance.now() - started);
    }
    lines.push(`| ${name} | ${percentile(times, 50).toFixed(0)} | ${percentile(times, 99).toFixed(0)} | ${statements} |`);
  }
  return lines;
}
