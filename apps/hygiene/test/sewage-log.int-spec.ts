import { HygieneRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { addDays, chinaToday } from '@houqin/platform-calendar';
import { errorCode, eventually, gatewayCaller, OrgFixture, TestPlatform } from '@houqin/platform-testing';

/** The sewage station through the gateway, against a real Postgres and Kafka: limits, daily logs, breaches, missed days. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');

const eastAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'west-admin', staffId: null, name: '西院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };
const infectionControl: Identity = { subject: 'east-ic', staffId: null, name: '院感科', roles: [HygieneRole.INFECTION_CONTROL], campusIds: [EAST] };

const STATION = `mutation($input: SetSewageStationInput!) { setSewageStation(input: $input) { campusId standard expectedRunHours limits { parameter min max } logsFrom } }`;
const RECORD = `mutation($input: RecordSewageLogInput!) {
  recordSewageLog(input: $input) { id logDate runHours shortRun dosingTimes readings { ph cod residualChlorine } exceedances { parameter value min max } } }`;
const LOGS = `query($exceededOnly: Boolean) { sewageLogs(first: 50, exceededOnly: $exceededOnly) { totalCount edges { node { id campusId logDate } } } }`;

describe('hygiene: sewage station', () => {
  let platform: TestPlatform;
  const gateway = gatewayCaller(() => platform);
  const today = chinaToday(new Date());
  const log = (logDate: string, extra: Record<string, unknown> = {}) => ({
    campusId: EAST,
    logDate,
    runHours: 8,
    disinfectant: 'SODIUM_HYPOCHLORITE',
    dosageKg: 12.5,
    dosingTimes: ['14:00', '08:30'],
    readings: { ph: 7.2, cod: 180, bod5: 60, ss: 35, fecalColiform: 1600, residualChlorine: 4.5 },
    ...extra,
  });
  const events = (type: string, key: string) =>
    platform.query<{ data: Record<string, unknown> }>('hygiene', `SELECT data FROM outbox_event WHERE type = $1 AND key = $2 ORDER BY seq`, [type, key]);
  const count = async () => (await platform.query<{ n: number }>('hygiene', `SELECT count(*)::int AS n FROM sewage_log`))[0].n;

  beforeAll(async () => {
    // The missing-log job every second instead of every 15 minutes.
    platform = await TestPlatform.start({ services: ['hygiene'], gateway: true, env: { hygiene: { SCHEDULED_JOB_INTERVAL_MS: '1000' } } });
    await org.publishTo(platform, 'hygiene');
  });
  afterAll(() => platform?.stop());

  it('refuses a log before the station is set up, then sets it up with the standard’s limits and the campus’s own', async () => {
    expect(errorCode(await gateway.call(eastAdmin, RECORD, { input: log(today) }))).toBe('SEWAGE_STATION_NOT_SET_UP');
    const station = (await gateway.data(eastAdmin, STATION, { input: { campusId: EAST, standard: 'PRETREATMENT', limits: [{ parameter: 'COD', max: 200 }] } }))
      .setSewageStation;
    expect(station).toMatchObject({ campusId: EAST, standard: 'PRETREATMENT', expectedRunHours: 8, logsFrom: today });
    expect(station.limits).toEqual(
      expect.arrayContaining([
        { parameter: 'PH', min: 6, max: 9 },
        { parameter: 'COD', min: null, max: 200 },
        { parameter: 'FECAL_COLIFORM', min: null, max: 5000 },
        { parameter: 'RESIDUAL_CHLORINE', min: 2, max: 8 },
      ]),
    );
    expect(await events('hygiene.sewage-log.station-set.v1', EAST)).toHaveLength(1);
  });

  it('records a day within limits, audited and announced, with no breach', async () => {
    const recorded = (await gateway.data(eastAdmin, RECORD, { input: log(today) })).recordSewageLog;
    expect(recorded).toMatchObject({
      logDate: today,
      runHours: 8,
      shortRun: false,
      dosingTimes: ['08:30', '14:00'],
      readings: { ph: 7.2, cod: 180, residualChlorine: 4.5 },
      exceedances: [],
    });
    const [audit] = await platform.query('hygiene', `SELECT action FROM audit_entry WHERE entity_id = $1`, [recorded.id]);
    expect(audit).toEqual({ action: 'sewage_log.record' });
    const recordedEvents = await events('hygiene.sewage-log.recorded.v1', EAST);
    expect(recordedEvents.map((e) => e.data)).toEqual([expect.objectContaining({ sewageLogId: recorded.id, shortRun: false, exceedances: [] })]);
    expect(await events('hygiene.sewage-log.discharge-exceeded.v1', EAST)).toEqual([]);
    expect(errorCode(await gateway.call(eastAdmin, RECORD, { input: log(today) }))).toBe('SEWAGE_LOG_DATE_TAKEN');
  });

  it('flags readings out of limits and a short run, and raises the breach alert’s event', async () => {
    const yesterday = addDays(today, -1);
    const recorded = (
      await gateway.data(eastAdmin, RECORD, {
        input: log(yesterday, { runHours: 6.5, readings: { ph: 9.4, cod: 230, residualChlorine: 1.2, fecalColiform: 800 } }),
      })
    ).recordSewageLog;
    expect(recorded.shortRun).toBe(true);
    expect(recorded.exceedances).toEqual([
      { parameter: 'PH', value: 9.4, min: 6, max: 9 },
      { parameter: 'COD', value: 230, min: null, max: 200 },
      { parameter: 'RESIDUAL_CHLORINE', value: 1.2, min: 2, max: 8 },
    ]);
    const [breach] = await events('hygiene.sewage-log.discharge-exceeded.v1', EAST);
    expect(breach.data).toMatchObject({
      sewageLogId: recorded.id,
      logDate: yesterday,
      standard: 'PRETREATMENT',
      count: 3,
      readings: 'pH 9.4 (6–9); COD 230 mg/L (≤ 200); total residual chlorine 1.2 mg/L (2–8)',
    });
    const exceeded = (await gateway.data(infectionControl, LOGS, { exceededOnly: true })).sewageLogs;
    expect(exceeded.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([recorded.id]);
  });

  it('announces a past day without a log once', async () => {
    await gateway.data(westAdmin, STATION, { input: { campusId: WEST, standard: 'DISCHARGE', limits: [] } });
    // West's station has owed logs for three days; it logged one of them (before the job can see those days).
    await gateway.data(westAdmin, RECORD, { input: log(addDays(today, -2), { campusId: WEST }) });
    await platform.query('hygiene', `UPDATE sewage_station SET logs_from = $2 WHERE campus_id = $1`, [WEST, addDays(today, -3)]);
    const missing = await eventually(
      async () => {
        const found = await events('hygiene.sewage-log.missing.v1', WEST);
        return found.length >= 2 ? found : undefined;
      },
      30_000,
      'the missing-log events',
    );
    expect(missing.map((e) => e.data.logDate).sort()).toEqual([addDays(today, -3), addDays(today, -1)]);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await events('hygiene.sewage-log.missing.v1', WEST)).toHaveLength(2);
    // East logged every day since its station was set up today.
    expect(await events('hygiene.sewage-log.missing.v1', EAST)).toEqual([]);
  });

  it('shows each campus only its own', async () => {
    const east = (await gateway.data(eastAdmin, LOGS, {})).sewageLogs;
    expect(new Set(east.edges.map((e: { node: { campusId: string } }) => e.node.campusId))).toEqual(new Set([EAST]));
    const westLog = (await gateway.data(westAdmin, LOGS, {})).sewageLogs.edges[0].node;
    expect(errorCode(await gateway.call(eastAdmin, `query($id: ID!) { sewageLog(id: $id) { id } }`, { id: westLog.id }))).toBe('NOT_FOUND');
    expect(errorCode(await gateway.call(eastAdmin, `query($c: ID!) { sewageStation(campusId: $c) { standard } }`, { c: WEST }))).toBe('FORBIDDEN');
  });

  it('refuses bad input with a typed, translated error and writes nothing', async () => {
    const before = await count();
    const day = addDays(today, -5);
    expect(errorCode(await gateway.call(eastAdmin, RECORD, { input: log(day, { campusId: WEST }) }))).toBe('FORBIDDEN');
    expect(errorCode(await gateway.call(infectionControl, RECORD, { input: log(day) }))).toBe('FORBIDDEN');
    expect(errorCode(await gateway.call(eastAdmin, RECORD, { input: log(day, { runHours: 25 }) }))).toBe('MEASUREMENT_OUT_OF_RANGE');
    expect(errorCode(await gateway.call(eastAdmin, RECORD, { input: log(day, { dosingTimes: ['8:30'] }) }))).toBe('INVALID_INPUT');
    expect(errorCode(await gateway.call(eastAdmin, RECORD, { input: log('2999-01-01') }))).toBe('DATE_IN_FUTURE');
    expect(
      errorCode(await gateway.call(eastAdmin, STATION, { input: { campusId: EAST, standard: 'DISCHARGE', limits: [{ parameter: 'PH', min: 9, max: 6 }] } })),
    ).toBe('SEWAGE_LIMIT_RANGE_INVALID');
    const english = await gateway.call(eastAdmin, RECORD, { input: log(day, { readings: { ph: 15 } }) }, 'en');
    expect(english.errors?.[0]).toMatchObject({ message: 'PH must be between 0 and 14: 15', extensions: { code: 'MEASUREMENT_OUT_OF_RANGE' } });
    expect(await count()).toBe(before);
  });
});
