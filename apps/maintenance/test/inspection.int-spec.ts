import { MaintenanceRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { chinaDateTime } from '@houqin/platform-calendar';
import { errorCode, eventually, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';

/**
 * Inspection rounds (巡检) of the maintenance subgraph, against real Postgres and Kafka, called as the gateway
 * calls it. The rounds job runs inside the service every 500 ms; time passing is simulated by moving a
 * round's times into the past with SQL.
 */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const LOGISTICS = org.department(EAST, '后勤保障部');
const POWER_ROOM = org.location(EAST, { name: '1号配电房', kind: 'ROOM', departmentId: LOGISTICS });
const OXYGEN_ROOM = org.location(EAST, { name: '氧气汇流排间', kind: 'ROOM', departmentId: LOGISTICS });
const WEST_POWER_ROOM = org.location(WEST, { name: '西院配电房', kind: 'ROOM', departmentId: org.department(WEST, '西院后勤') });
const ELECTRICAL = org.team(EAST, '电工班', 'ELECTRICAL');
const LI = org.staff(EAST, { name: '李电工', teamId: ELECTRICAL });
const PLUMBING = org.team(EAST, '水电班', 'PLUMBING');
const QIAN = org.staff(EAST, { name: '钱水工', teamId: PLUMBING });
const WEST_ELECTRICAL = org.team(WEST, '西院电工班', 'ELECTRICAL');

const eastAdmin: Identity = { subject: 'admin-east', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'admin-west', staffId: null, name: '西院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };
const groupAdmin: Identity = { subject: 'admin-group', staffId: null, name: '集团后勤部', roles: [Role.GROUP_ADMIN], campusIds: [] };
const dispatcher: Identity = { subject: 'dispatcher-li', staffId: randomUUID(), name: '李强', roles: [MaintenanceRole.DISPATCHER], campusIds: [EAST] };
const westDispatcher: Identity = { subject: 'dispatcher-zhou', staffId: randomUUID(), name: '周敏', roles: [MaintenanceRole.DISPATCHER], campusIds: [WEST] };
const electricianLi: Identity = { subject: 'tech-li', staffId: LI, name: '李电工', roles: [MaintenanceRole.TECHNICIAN], campusIds: [EAST] };
const plumberQian: Identity = { subject: 'tech-qian', staffId: QIAN, name: '钱水工', roles: [MaintenanceRole.TECHNICIAN], campusIds: [EAST] };

const CHECKPOINT = `id sequence label location { id } asset { id assetNo } kind unit min max workCategory`;
const ROUTE = `id name campus { id } team { id } startTimes durationMinutes startGraceMinutes active deactivationReason checkpoints { ${CHECKPOINT} }`;
const ROUND = `id status scheduledStart startBy dueBy startedAt startedBy { id } startedByName startedLate completedAt missedAt route { id name }`;
const READING = `id ok value unit outOfRange note correctiveWorkOrder { id source category }`;
const DEFINE = `mutation($input: DefineInspectionRouteInput!) { defineInspectionRoute(input: $input) { ${ROUTE} } }`;
const DEACTIVATE = `mutation($id: ID!, $reason: String!) { deactivateInspectionRoute(id: $id, reason: $reason) { ${ROUTE} } }`;
const START = `mutation($id: ID!) { startInspectionRound(roundId: $id) { ${ROUND} } }`;
const RECORD = `mutation($input: RecordCheckpointReadingInput!) { recordCheckpointReading(input: $input) { ${READING} } }`;
const COMPLETE = `mutation($id: ID!) { completeInspectionRound(roundId: $id) { ${ROUND} } }`;
const ROUNDS = `query($c: ID!, $from: DateTime!, $to: DateTime!, $r: ID, $s: InspectionRoundStatus) {
  inspectionRounds(campusId: $c, from: $from, to: $to, routeId: $r, status: $s, first: 100) { totalCount edges { node { ${ROUND} } } } }`;
const ROUND_DETAIL = `query($id: ID!) { inspectionRound(id: $id) { ${ROUND} checkpoints { checkpoint { id label } reading { ${READING} } } } }`;
const COMPLETION = `query($c: ID, $from: DateTime!, $to: DateTime!) { roundCompletion(campusId: $c, from: $from, to: $to) {
  routeId routeName campus { id } team { id } scheduled completedOnTime completedLate missed open completionRate } }`;
const WORK_ORDER = `query($id: ID!) { workOrder(id: $id) { id source category priority title description location { id } asset { id } } }`;
const REGISTER = `mutation($input: RegisterAssetInput!) { registerAsset(input: $input) { id } }`;

// The first round starts ten minutes from now (whole minutes), the other two eight and sixteen hours later: one per shift.
const FIRST = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 10 * 60_000);
const hoursAfterFirst = (hours: number) => new Date(FIRST.getTime() + hours * 3600_000);
const clock = (at: Date) => chinaDateTime(at).slice(11);
const iso = (at: Date) => at.toISOString();
/** maintenance.inspection.round-late.v1 → round-late */
const verbOf = (type: string) => type.split('.')[2];

describe('maintenance inspection rounds (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  const { call, data } = subgraphCaller(() => platform, 'maintenance');
  let transformerId: string;
  let westTransformerId: string;
  let route: { id: string; checkpoints: { id: string; label: string }[] };
  const checkpointId = (label: string) => route.checkpoints.find((c) => c.label === label)?.id;
  const rounds = {} as Record<'first' | 'second' | 'third', { id: string }>;

  const routeInput = (overrides: Record<string, unknown> = {}) => ({
    campusId: EAST,
    name: '配电房夜间巡检',
    teamId: ELECTRICAL,
    startTimes: [FIRST, hoursAfterFirst(8), hoursAfterFirst(16)].map(clock),
    durationMinutes: 60,
    startGraceMinutes: 15,
    checkpoints: [
      { sequence: 2, label: '氧气汇流排压力', locationId: OXYGEN_ROOM, kind: 'READING', unit: 'MPA', min: 0.4, max: 0.6, workCategory: 'MEDICAL_GAS' },
      {
        sequence: 1,
        label: '1号变压器温度',
        locationId: POWER_ROOM,
        assetId: transformerId,
        kind: 'READING',
        unit: 'CELSIUS',
        max: 85,
        workCategory: 'ELECTRICAL',
      },
      { sequence: 3, label: '配电柜指示灯及异响', locationId: POWER_ROOM, kind: 'CHECK', workCategory: 'ELECTRICAL' },
    ],
    ...overrides,
  });
  const record = (identity: Identity, roundId: string, label: string, reading: Record<string, unknown>) =>
    call(identity, RECORD, { input: { roundId, checkpointId: checkpointId(label), ...reading } }, 'en');
  const recorded = async (identity: Identity, roundId: string, label: string, reading: Record<string, unknown>) =>
    (await data(identity, RECORD, { input: { roundId, checkpointId: checkpointId(label), ...reading } })).recordCheckpointReading;
  const counts = async () =>
    (
      await platform.query<{ routes: number; rounds: number; readings: number; orders: number; events: number }>(
        'maintenance',
        `SELECT (SELECT count(*) FROM inspection_route)::int AS routes, (SELECT count(*) FROM inspection_round)::int AS rounds,
                (SELECT count(*) FROM inspection_reading)::int AS readings, (SELECT count(*) FROM work_order)::int AS orders,
                (SELECT count(*) FROM outbox_event)::int AS events`,
      )
    )[0];
  const eventsOf = (roundId: string) =>
    platform.query<{ type: string; key: string; data: Record<string, unknown> }>(
      'maintenance',
      `SELECT type, key, data FROM outbox_event WHERE topic = 'maintenance.inspection.v1' AND data->>'roundId' = $1 ORDER BY seq`,
      [roundId],
    );
  const typesOf = async (roundId: string) => (await eventsOf(roundId)).map((e) => verbOf(e.type));
  const scheduledEvents = async () =>
    (
      await platform.query<{ data: { rounds: { roundId: string; scheduledStart: string }[] } }>(
        'maintenance',
        `SELECT data FROM outbox_event WHERE type = 'maintenance.inspection.rounds-scheduled.v1' AND key = $1 ORDER BY seq`,
        [route.id],
      )
    ).map((e) => e.data.rounds);
  const jobRuns = async () =>
    (
      await platform.query<{ runs: number }>(
        'maintenance',
        `SELECT coalesce(max(runs), 0)::int AS runs FROM scheduled_job_status WHERE name = 'maintenance.inspection-rounds'`,
      )
    )[0].runs;
  const afterJobRuns = async (n: number) => {
    const target = (await jobRuns()) + n;
    await eventually(async () => ((await jobRuns()) >= target ? true : undefined), 30_000, `${n} more runs of the rounds job`);
  };
  const roundStatus = async (id: string) =>
    (
      await platform.query<{ status: string; late: boolean }>(
        'maintenance',
        `SELECT status, late_alerted_at IS NOT NULL AS late FROM inspection_round WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['maintenance'], env: { maintenance: { SCHEDULED_JOB_INTERVAL_MS: '500' } } });
    await org.publishTo(platform, 'maintenance');
    const transformer = { assetNo: 'E-TRF-01', name: '1号干式变压器', category: 'TRANSFORMER', criticality: 'CRITICAL', commissionedOn: '2018-05-01' };
    transformerId = (await data(eastAdmin, REGISTER, { input: { ...transformer, locationId: POWER_ROOM } })).registerAsset.id;
    westTransformerId = (await data(westAdmin, REGISTER, { input: { ...transformer, locationId: WEST_POWER_ROOM } })).registerAsset.id;
  });
  afterAll(() => platform?.stop());

  it('defines a route of a campus with ordered checkpoints and a schedule per shift, with audit and one event', async () => {
    route = (await data(eastAdmin, DEFINE, { input: routeInput() })).defineInspectionRoute;
    expect(route).toMatchObject({
      name: '配电房夜间巡检',
      campus: { id: EAST },
      team: { id: ELECTRICAL },
      startTimes: [FIRST, hoursAfterFirst(8), hoursAfterFirst(16)].map(clock).sort(),
      durationMinutes: 60,
      startGraceMinutes: 15,
      active: true,
      checkpoints: [
        {
          sequence: 1,
          label: '1号变压器温度',
          location: { id: POWER_ROOM },
          asset: { id: transformerId, assetNo: 'E-TRF-01' },
          kind: 'READING',
          unit: 'CELSIUS',
          min: null,
          max: 85,
          workCategory: 'ELECTRICAL',
        },
        {
          sequence: 2,
          label: '氧气汇流排压力',
          location: { id: OXYGEN_ROOM },
          asset: null,
          kind: 'READING',
          unit: 'MPA',
          min: 0.4,
          max: 0.6,
          workCategory: 'MEDICAL_GAS',
        },
        { sequence: 3, label: '配电柜指示灯及异响', kind: 'CHECK', unit: null, min: null, max: null },
      ],
    });
    const audit = await platform.query('maintenance', `SELECT action, campus_id FROM audit_entry WHERE entity_id = $1`, [route.id]);
    expect(audit).toEqual([{ action: 'inspection_route.define', campus_id: EAST }]);
    const events = await platform.query<{ type: string; key: string; data: { checkpoints: unknown[] } }>(
      'maintenance',
      `SELECT type, key, data FROM outbox_event WHERE topic = 'maintenance.inspection.v1' AND key = $1 AND type LIKE '%route%'`,
      [route.id],
    );
    expect(events).toEqual([
      {
        type: 'maintenance.inspection.route-defined.v1',
        key: route.id,
        data: expect.objectContaining({ campusId: EAST, teamId: ELECTRICAL, name: '配电房夜间巡检' }),
      },
    ]);
    expect(events[0].data.checkpoints).toHaveLength(3);

    const listed = (await data(dispatcher, `query($c: ID!) { inspectionRoutes(campusId: $c) { id } }`, { c: EAST })).inspectionRoutes;
    expect(listed).toEqual([{ id: route.id }]);
    expect(errorCode(await call(westAdmin, `query($c: ID!) { inspectionRoutes(campusId: $c) { id } }`, { c: EAST }))).toBe('FORBIDDEN');
  });

  it("schedules the route's rounds for the next 24 hours, once each", async () => {
    await eventually(async () => ((await scheduledEvents()).length ? true : undefined), 30_000, 'rounds scheduled');
    await afterJobRuns(2);
    const events = await scheduledEvents();
    expect(events).toHaveLength(1);
    expect(events[0].map((r) => r.scheduledStart)).toEqual([FIRST, hoursAfterFirst(8), hoursAfterFirst(16)].map(iso));

    const listed = (await data(dispatcher, ROUNDS, { c: EAST, from: iso(new Date()), to: iso(hoursAfterFirst(20)), r: route.id })).inspectionRounds;
    expect(listed.totalCount).toBe(3);
    const nodes = listed.edges.map((e: { node: Record<string, unknown> }) => e.node);
    [rounds.first, rounds.second, rounds.third] = nodes;
    expect(nodes[0]).toMatchObject({
      status: 'SCHEDULED',
      scheduledStart: iso(FIRST),
      startBy: iso(new Date(FIRST.getTime() + 15 * 60_000)),
      dueBy: iso(hoursAfterFirst(1)),
      startedAt: null,
      route: { id: route.id, name: '配电房夜间巡检' },
    });
    expect(errorCode(await call(westDispatcher, ROUNDS, { c: EAST, from: iso(new Date()), to: iso(hoursAfterFirst(20)) }))).toBe('FORBIDDEN');
    expect(errorCode(await call(dispatcher, ROUNDS, { c: EAST, from: iso(new Date()), to: iso(hoursAfterFirst(24 * 32)) }))).toBe('INVALID_INPUT');
  });

  it('refuses bad routes with typed errors and writes nothing', async () => {
    const before = await counts();
    const define = async (identity: Identity, overrides: Record<string, unknown>) => errorCode(await call(identity, DEFINE, { input: routeInput(overrides) }));
    const oneCheckpoint = (checkpoint: Record<string, unknown>) => ({
      checkpoints: [
        { sequence: 1, label: '变压器温度', locationId: POWER_ROOM, kind: 'READING', unit: 'CELSIUS', max: 85, workCategory: 'ELECTRICAL', ...checkpoint },
      ],
    });
    expect(await define(eastAdmin, {})).toBe('DUPLICATE');
    expect(await define(electricianLi, { name: '白班巡检' })).toBe('FORBIDDEN');
    expect(await define(westAdmin, { name: '白班巡检' })).toBe('FORBIDDEN');
    expect(await define(eastAdmin, { name: '白班巡检', teamId: WEST_ELECTRICAL })).toBe('REFERENCE_MISMATCH');
    expect(await define(eastAdmin, { name: '白班巡检', ...oneCheckpoint({ locationId: WEST_POWER_ROOM }) })).toBe('REFERENCE_MISMATCH');
    expect(await define(eastAdmin, { name: '白班巡检', ...oneCheckpoint({ locationId: randomUUID() }) })).toBe('NOT_FOUND');
    // Another campus's asset: unseen by East's admin, a mismatch for the group admin who sees it.
    expect(await define(eastAdmin, { name: '白班巡检', ...oneCheckpoint({ assetId: westTransformerId }) })).toBe('NOT_FOUND');
    expect(await define(groupAdmin, { name: '白班巡检', ...oneCheckpoint({ assetId: westTransformerId }) })).toBe('REFERENCE_MISMATCH');
    expect(await define(eastAdmin, { name: '白班巡检', ...oneCheckpoint({ min: 90 }) })).toBe('READING_RANGE_INVERTED');
    expect(await define(eastAdmin, { name: '白班巡检', ...oneCheckpoint({ max: null }) })).toBe('READING_RANGE_REQUIRED');
    expect(await define(eastAdmin, { name: '白班巡检', startTimes: ['08:00', '08:30'] })).toBe('INSPECTION_SCHEDULE_OVERLAP');
    expect(await define(eastAdmin, { name: '白班巡检', startTimes: ['8点'] })).toBe('INVALID_INPUT');
    expect(await define(eastAdmin, { name: '白班巡检', durationMinutes: 5 })).toBe('INVALID_INPUT');
    expect(await define(eastAdmin, { name: '白班巡检', checkpoints: [] })).toBe('INVALID_INPUT');
    expect(await counts()).toEqual(before);
  });

  it("lets only the route's team walk a round: out of range opens one corrective work order, another unit is refused", async () => {
    const roundId = rounds.first.id;
    expect(errorCode(await call(plumberQian, START, { id: roundId }))).toBe('FORBIDDEN');
    expect(errorCode(await call(westDispatcher, START, { id: roundId }))).toBe('NOT_FOUND');
    expect(errorCode(await call(eastAdmin, START, { id: roundId }))).toBe('FORBIDDEN');
    expect(errorCode(await record(electricianLi, roundId, '1号变压器温度', { value: 92, unit: 'CELSIUS' }))).toBe('INSPECTION_ROUND_ILLEGAL_TRANSITION');

    // Ten minutes early is within the half hour a crew may set out before the round's time.
    const started = (await data(electricianLi, START, { id: roundId })).startInspectionRound;
    expect(started).toMatchObject({ status: 'IN_PROGRESS', startedBy: { id: LI }, startedByName: '李电工', startedLate: false });
    expect(errorCode(await call(plumberQian, RECORD, { input: { roundId, checkpointId: checkpointId('1号变压器温度'), value: 80, unit: 'CELSIUS' } }))).toBe(
      'FORBIDDEN',
    );

    const hot = await recorded(electricianLi, roundId, '1号变压器温度', { value: 92, unit: 'CELSIUS', note: '风机未启动' });
    expect(hot).toMatchObject({
      value: 92,
      unit: 'CELSIUS',
      ok: null,
      outOfRange: true,
      correctiveWorkOrder: { source: 'INSPECTION_ROUND', category: 'ELECTRICAL' },
    });
    const order = (await data(dispatcher, WORK_ORDER, { id: hot.correctiveWorkOrder.id })).workOrder;
    expect(order).toEqual({
      id: hot.correctiveWorkOrder.id,
      source: 'INSPECTION_ROUND',
      category: 'ELECTRICAL',
      priority: 'HIGH',
      title: '配电房夜间巡检：1号变压器温度读数超限',
      description: '1号变压器温度：实测 92 °C，应为 ≤ 85 °C。备注：风机未启动',
      location: { id: POWER_ROOM },
      asset: { id: transformerId },
    });
    const [source] = await platform.query('maintenance', `SELECT source_ref FROM work_order WHERE id = $1`, [order.id]);
    expect(source).toEqual({ source_ref: hot.id });

    const before = await counts();
    const kpa = await record(electricianLi, roundId, '氧气汇流排压力', { value: 500, unit: 'KPA' });
    expect(errorCode(kpa)).toBe('READING_UNIT_MISMATCH');
    expect(kpa.errors?.[0].message).toBe('The checkpoint "氧气汇流排压力" is read in MPa, not kPa; values are not converted');
    expect(errorCode(await record(electricianLi, roundId, '氧气汇流排压力', { ok: true }))).toBe('INVALID_INPUT');
    expect(errorCode(await call(electricianLi, RECORD, { input: { roundId, checkpointId: randomUUID(), ok: true } }))).toBe('NOT_FOUND');
    expect(errorCode(await call(electricianLi, COMPLETE, { id: roundId }))).toBe('INSPECTION_ROUND_INCOMPLETE');
    expect(errorCode(await record(electricianLi, roundId, '1号变压器温度', { value: 80, unit: 'CELSIUS' }))).toBe('CHECKPOINT_ALREADY_RECORDED');
    expect(await counts()).toEqual(before);

    expect(await recorded(electricianLi, roundId, '氧气汇流排压力', { value: 0.5, unit: 'MPA' })).toMatchObject({
      outOfRange: false,
      correctiveWorkOrder: null,
    });
    const incomplete = await call(electricianLi, COMPLETE, { id: roundId }, 'zh-CN');
    expect(incomplete.errors?.[0].message).toBe('还有 1 个巡检点未记录（共 3 个），不能完成巡检');
    expect(await recorded(electricianLi, roundId, '配电柜指示灯及异响', { ok: true })).toMatchObject({ ok: true, outOfRange: false });
    const completed = (await data(electricianLi, COMPLETE, { id: roundId })).completeInspectionRound;
    expect(completed).toMatchObject({ status: 'COMPLETED', startedLate: false, completedAt: expect.any(String) });
    expect(errorCode(await call(electricianLi, COMPLETE, { id: roundId }))).toBe('INSPECTION_ROUND_ILLEGAL_TRANSITION');

    const detail = (await data(dispatcher, ROUND_DETAIL, { id: roundId })).inspectionRound;
    expect(
      detail.checkpoints.map((c: { checkpoint: { label: string }; reading: Record<string, unknown> }) => [c.checkpoint.label, c.reading.outOfRange]),
    ).toEqual([
      ['1号变压器温度', true],
      ['氧气汇流排压力', false],
      ['配电柜指示灯及异响', false],
    ]);
    expect(detail.checkpoints[0].reading.correctiveWorkOrder).toEqual({ id: order.id, source: 'INSPECTION_ROUND', category: 'ELECTRICAL' });
    expect(errorCode(await call(westAdmin, ROUND_DETAIL, { id: roundId }))).toBe('NOT_FOUND');

    const [{ n }] = await platform.query<{ n: number }>('maintenance', `SELECT count(*)::int AS n FROM work_order WHERE source = 'INSPECTION_ROUND'`);
    expect(n).toBe(1);
    const events = await eventsOf(roundId);
    expect(events.map((e) => verbOf(e.type))).toEqual(['round-started', 'reading-recorded', 'reading-recorded', 'reading-recorded', 'round-completed']);
    expect(events.every((e) => e.key === route.id)).toBe(true);
    expect(events[1].data).toMatchObject({ label: '1号变压器温度', value: 92, unit: 'CELSIUS', outOfRange: true, correctiveWorkOrderId: order.id });
    expect(events[4].data).toMatchObject({ late: false, outOfRangeReadings: 1, routeName: '配电房夜间巡检', teamId: ELECTRICAL });
    const audit = await platform.query<{ action: string }>('maintenance', `SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at, id`, [
      roundId,
    ]);
    expect(audit.map((a) => a.action)).toEqual([
      'inspection_round.start',
      'inspection_round.record_reading',
      'inspection_round.record_reading',
      'inspection_round.record_reading',
      'inspection_round.complete',
    ]);
  });

  it('reports a round not started in time late, and one not completed missed, once each, also across a restart', async () => {
    // Time passes: the second round was due two hours ago, the third should have been started five minutes ago.
    await platform.query(
      'maintenance',
      `UPDATE inspection_round SET
         scheduled_start = now() - CASE WHEN id = $1 THEN interval '3 hours' ELSE interval '20 minutes' END,
         start_by = now() - CASE WHEN id = $1 THEN interval '165 minutes' ELSE interval '5 minutes' END,
         due_by = now() + CASE WHEN id = $1 THEN interval '-2 hours' ELSE interval '40 minutes' END
       WHERE id IN ($1, $2)`,
      [rounds.second.id, rounds.third.id],
    );
    await eventually(
      async () => ((await roundStatus(rounds.second.id)).status === 'MISSED' && (await roundStatus(rounds.third.id)).late ? true : undefined),
      30_000,
      'late and missed rounds',
    );
    const expectReportedOnce = async () => {
      expect(await typesOf(rounds.second.id)).toEqual(['round-late', 'round-missed']);
      expect(await typesOf(rounds.third.id)).toEqual(['round-late']);
    };
    await expectReportedOnce();
    const [, missed] = await eventsOf(rounds.second.id);
    expect(missed).toMatchObject({ key: route.id, data: { routeName: '配电房夜间巡检', startedAt: null, recordedCheckpoints: 0, totalCheckpoints: 3 } });
    expect(await roundStatus(rounds.third.id)).toEqual({ status: 'SCHEDULED', late: true });

    await platform.process('maintenance').stop();
    const runsBeforeRestart = await jobRuns();
    await platform.process('maintenance').start();
    await eventually(async () => ((await jobRuns()) >= runsBeforeRestart + 2 ? true : undefined), 30_000, 'two rounds-job runs after the restart');
    await expectReportedOnce();

    // A missed round stays missed.
    const missedRound = (await data(dispatcher, ROUND_DETAIL, { id: rounds.second.id })).inspectionRound;
    expect(missedRound).toMatchObject({ status: 'MISSED', missedAt: expect.any(String), startedAt: null });
    expect(errorCode(await call(electricianLi, START, { id: rounds.second.id }))).toBe('INSPECTION_ROUND_ILLEGAL_TRANSITION');
    // The two slots the moved rounds left free are scheduled again, in one more event.
    const events = await scheduledEvents();
    expect(events).toHaveLength(2);
    expect(events[1].map((r) => r.scheduledStart)).toEqual([hoursAfterFirst(8), hoursAfterFirst(16)].map(iso));
  });

  it('walks a late round to the end; a check found not ok opens a corrective work order too', async () => {
    const roundId = rounds.third.id;
    expect((await data(electricianLi, START, { id: roundId })).startInspectionRound).toMatchObject({ status: 'IN_PROGRESS', startedLate: true });
    await recorded(electricianLi, roundId, '1号变压器温度', { value: 78.5, unit: 'CELSIUS' });
    await recorded(dispatcher, roundId, '氧气汇流排压力', { value: 0.45, unit: 'MPA' });
    const faulty = await recorded(electricianLi, roundId, '配电柜指示灯及异响', { ok: false });
    expect(faulty).toMatchObject({ ok: false, outOfRange: true, correctiveWorkOrder: { source: 'INSPECTION_ROUND', category: 'ELECTRICAL' } });
    const order = (await data(dispatcher, WORK_ORDER, { id: faulty.correctiveWorkOrder.id })).workOrder;
    expect(order).toMatchObject({ title: '配电房夜间巡检：配电柜指示灯及异响检查异常', description: '配电柜指示灯及异响：实测 异常，应为 正常', asset: null });
    expect((await data(electricianLi, COMPLETE, { id: roundId })).completeInspectionRound).toMatchObject({ status: 'COMPLETED', startedLate: true });
    const events = await eventsOf(roundId);
    expect(events.map((e) => [verbOf(e.type), e.data.late])).toEqual([
      ['round-late', undefined],
      ['round-started', true],
      ['reading-recorded', undefined],
      ['reading-recorded', undefined],
      ['reading-recorded', undefined],
      ['round-completed', true],
    ]);
  });

  it("reports completion per route in one aggregate, within the caller's campuses", async () => {
    const period = { from: iso(new Date(Date.now() - 86_400_000)), to: iso(hoursAfterFirst(20)) };
    const figures = (await data(dispatcher, COMPLETION, { c: EAST, ...period })).roundCompletion;
    // On time: the first; late: the third; missed: the second; open: the two scheduled again.
    expect(figures).toEqual([
      {
        routeId: route.id,
        routeName: '配电房夜间巡检',
        campus: { id: EAST },
        team: { id: ELECTRICAL },
        scheduled: 5,
        completedOnTime: 1,
        completedLate: 1,
        missed: 1,
        open: 2,
        completionRate: 2 / 3,
      },
    ]);
    expect((await data(groupAdmin, COMPLETION, period)).roundCompletion).toEqual(figures);
    expect((await data(westAdmin, COMPLETION, period)).roundCompletion).toEqual([]);
    expect(errorCode(await call(westAdmin, COMPLETION, { c: EAST, ...period }))).toBe('FORBIDDEN');
    expect(errorCode(await call(electricianLi, COMPLETION, { c: EAST, ...period }))).toBe('FORBIDDEN');
  });

  it('deactivates a route: its rounds not yet started are cancelled and no more are scheduled', async () => {
    expect(errorCode(await call(westAdmin, DEACTIVATE, { id: route.id, reason: '改造' }))).toBe('NOT_FOUND');
    expect(errorCode(await call(eastAdmin, DEACTIVATE, { id: route.id, reason: ' ' }))).toBe('TEXT_REQUIRED');
    const deactivated = (await data(eastAdmin, DEACTIVATE, { id: route.id, reason: '配电房改造，路线重新规划' })).deactivateInspectionRoute;
    expect(deactivated).toMatchObject({ active: false, deactivationReason: '配电房改造，路线重新规划' });
    expect(errorCode(await call(eastAdmin, DEACTIVATE, { id: route.id, reason: '重复' }))).toBe('REFERENCE_INACTIVE');

    const [event] = await platform.query<{ data: { cancelledRoundIds: string[] } }>(
      'maintenance',
      `SELECT data FROM outbox_event WHERE type = 'maintenance.inspection.route-deactivated.v1' AND key = $1`,
      [route.id],
    );
    expect(event.data.cancelledRoundIds).toHaveLength(2);
    await afterJobRuns(2);
    const statuses = await platform.query<{ status: string; n: number }>(
      'maintenance',
      `SELECT status, count(*)::int AS n FROM inspection_round WHERE route_id = $1 GROUP BY status ORDER BY status`,
      [route.id],
    );
    expect(statuses).toEqual([
      { status: 'CANCELLED', n: 2 },
      { status: 'COMPLETED', n: 2 },
      { status: 'MISSED', n: 1 },
    ]);
    expect(await scheduledEvents()).toHaveLength(2);
    expect((await data(dispatcher, `query($c: ID!) { inspectionRoutes(campusId: $c) { id } }`, { c: EAST })).inspectionRoutes).toEqual([]);
    const all = (await data(dispatcher, `query($c: ID!) { inspectionRoutes(campusId: $c, includeInactive: true) { id active } }`, { c: EAST }))
      .inspectionRoutes;
    expect(all).toEqual([{ id: route.id, active: false }]);
  });
});
