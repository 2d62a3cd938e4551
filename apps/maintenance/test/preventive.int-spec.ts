import { MaintenanceRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { errorCode, eventually, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { createHash, randomUUID } from 'node:crypto';
import { addDays, chinaToday } from '@houqin/platform-calendar';

/**
 * Preventive maintenance (预防性维护) of the maintenance subgraph, against real Postgres and Kafka, called as the
 * gateway calls it. The PM generation job runs inside the service every 500 ms.
 */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const NORTH = org.campus('北院区');
const LOGISTICS = org.department(EAST, '后勤保障部');
const LOBBY = org.location(EAST, { name: '门诊大厅', kind: 'AREA', departmentId: LOGISTICS });
const PLANT_ROOM = org.location(EAST, { name: '动力中心', kind: 'AREA', departmentId: LOGISTICS });
const WEST_PLANT_ROOM = org.location(WEST, { name: '西院动力中心', kind: 'AREA', departmentId: org.department(WEST, '西院后勤') });
const NORTH_WARD = org.location(NORTH, { name: '北院3病区', departmentId: org.department(NORTH, '北院骨科') });
const ELEVATOR_CREW = org.team(EAST, '电梯班', 'ELEVATOR');
const WEST_CREW = org.team(WEST, '西院电梯班', 'ELEVATOR');

const eastAdmin: Identity = { subject: 'admin-east', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'admin-west', staffId: null, name: '西院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };
const northAdmin: Identity = { subject: 'admin-north', staffId: null, name: '北院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [NORTH] };
const groupAdmin: Identity = { subject: 'admin-group', staffId: null, name: '集团后勤部', roles: [Role.GROUP_ADMIN], campusIds: [] };
const analyst: Identity = { subject: 'analyst-zhou', staffId: null, name: '周分析', roles: [Role.ANALYST], campusIds: [] };
const dispatcher: Identity = { subject: 'dispatcher-li', staffId: randomUUID(), name: '李强', roles: [MaintenanceRole.DISPATCHER], campusIds: [EAST] };
const technician: Identity = { subject: 'tech-zhang', staffId: randomUUID(), name: '张伟', roles: [MaintenanceRole.TECHNICIAN], campusIds: [EAST] };
const nurse: Identity = { subject: 'nurse-wang', staffId: randomUUID(), name: '王丽', roles: [Role.REQUESTER], campusIds: [EAST] };

const REGISTER = `mutation($input: RegisterAssetInput!) { registerAsset(input: $input) { id } }`;
const PLAN = `id campus { id } name asset { id } category team { id } workCategory active leadDays meterBaseline
  checklist { index label kind unit min max } trigger { kind every unit weekdays startsOn meter }`;
const CREATE_PLAN = `mutation($input: CreatePmPlanInput!) { createPmPlan(input: $input) { ${PLAN} } }`;
const DEACTIVATE_PLAN = `mutation($id: ID!, $reason: String) { deactivatePmPlan(id: $id, reason: $reason) { id active deactivatedAt } }`;
const TASK = `id plan { id name } asset { id } campus { id } dueOn dueAtMeter status overdue deferredFrom reason completedAt completedByName
  results { itemIndex label kind passed reading unit min max } correctiveWorkOrders { id }`;
const TASKS = `{ pmTasks(first: 100) { totalCount edges { node { ${TASK} } } } }`;
const READING = `mutation($assetId: ID!, $meter: PmMeter!, $value: Float!) { recordMeterReading(assetId: $assetId, meter: $meter, value: $value) { id meter value } }`;
const COMPLETE = `mutation($taskId: ID!, $results: [PmItemResultInput!]!) { completePmTask(taskId: $taskId, results: $results) { ${TASK} } }`;
const SKIP = `mutation($taskId: ID!, $reason: String!) { skipPmTask(taskId: $taskId, reason: $reason) { ${TASK} } }`;
const DEFER = `mutation($taskId: ID!, $newDueOn: String!, $reason: String!) { deferPmTask(taskId: $taskId, newDueOn: $newDueOn, reason: $reason) { ${TASK} } }`;
const COMPLIANCE = `query($campusId: ID, $from: String!, $to: String!, $groupBy: PmComplianceGrouping!) {
  pmCompliance(campusId: $campusId, from: $from, to: $to, groupBy: $groupBy) { key due onTime late skipped overdue pending deferred compliance } }`;

const today = chinaToday(new Date());
const special = (locationId: string, assetNo: string, name: string, category: string, registrationNo: string) => ({
  locationId,
  assetNo,
  name,
  category,
  criticality: 'CRITICAL',
  registrationNo,
  commissionedOn: '2018-03-20',
});
const plain = (locationId: string, assetNo: string, name: string, category: string) => ({
  locationId,
  assetNo,
  name,
  category,
  criticality: 'HIGH',
  commissionedOn: '2019-06-01',
});
const monthly = (startsOn: string) => ({ kind: 'EVERY', every: 1, unit: 'MONTHS', startsOn });
const liftChecklist = [
  { label: '曳引机制动器间隙', kind: 'CHECK' },
  { label: '曳引机油温', kind: 'READING', unit: 'CELSIUS', max: 80 },
];

describe('maintenance preventive maintenance (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  const { call, data } = subgraphCaller(() => platform, 'maintenance');
  const register = async (identity: Identity, input: Record<string, unknown>): Promise<string> => (await data(identity, REGISTER, { input })).registerAsset.id;
  const createPlan = async (identity: Identity, input: Record<string, unknown>) => (await data(identity, CREATE_PLAN, { input })).createPmPlan;
  const tasksOf = (planId: string) =>
    platform.query<{ id: string; asset_id: string; due_key: string; due_on: string; status: string; due_at_meter: number | null }>(
      'maintenance',
      `SELECT id, asset_id, due_key, to_char(due_on, 'YYYY-MM-DD') AS due_on, status, due_at_meter FROM pm_task WHERE plan_id = $1 ORDER BY due_key, asset_id`,
      [planId],
    );
  const eventsOf = (type: string, field: string, value: string) =>
    platform.query<{ key: string; data: Record<string, any> }>(
      'maintenance',
      `SELECT key, data FROM outbox_event WHERE type = $1 AND data->>$2 = $3 ORDER BY seq`,
      [`maintenance.pm.${type}.v1`, field, value],
    );
  const runs = async () =>
    (await platform.query<{ runs: number }>('maintenance', `SELECT runs::int AS runs FROM scheduled_job_status WHERE name = 'maintenance.pm-generation'`))[0]
      ?.runs ?? 0;
  /** Waits for `n` more runs of the PM generation job, so "nothing (more) was generated" means something. */
  const afterJobRuns = async (n = 2) => {
    const start = await runs();
    await eventually(async () => ((await runs()) >= start + n ? true : undefined), 30_000, `${n} PM generation runs`);
  };
  const waitForTasks = (planId: string, count: number) =>
    eventually(async () => ((await tasksOf(planId)).length >= count ? true : undefined), 30_000, `${count} tasks of plan ${planId}`);
  /**
   * As if the plan and its asset had existed for `days` days while the job never ran: under the job's own
   * advisory lock, so no run sees half of it, and without the tasks a run may have generated from today.
   */
  const backdate = (assetId: string, planId: string, days: number) =>
    platform.query(
      'maintenance',
      `BEGIN;
       SELECT pg_advisory_xact_lock(${createHash('sha256').update('job:maintenance.pm-generation').digest().readInt32BE(0)});
       DELETE FROM pm_task WHERE plan_id = '${planId}';
       UPDATE asset SET created_at = created_at - interval '${days} days' WHERE id = '${assetId}';
       UPDATE pm_plan SET created_at = created_at - interval '${days} days' WHERE id = '${planId}';
       COMMIT;`,
    );
  const counts = async () =>
    (
      await platform.query<Record<string, number>>(
        'maintenance',
        `SELECT (SELECT count(*) FROM pm_plan)::int AS plans, (SELECT count(*) FROM work_order)::int AS orders,
                (SELECT count(*) FROM asset_meter_reading)::int AS readings, (SELECT count(*) FROM outbox_event WHERE topic IN ('maintenance.pm.v1', 'maintenance.work-order.v1'))::int AS events,
                (SELECT count(*) FROM pm_task WHERE status <> 'SCHEDULED')::int AS touched`,
      )
    )[0];

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['maintenance'], env: { maintenance: { SCHEDULED_JOB_INTERVAL_MS: '500' } } });
    await org.publishTo(platform, 'maintenance');
  });
  afterAll(() => platform?.stop());

  it("generates a monthly elevator plan's task 7 days ahead, exactly once, also across a restart", async () => {
    const lift = await register(eastAdmin, special(LOBBY, 'E-ELV-01', '门诊1号电梯', 'ELEVATOR', '梯11沪A01001'));
    const plan = await createPlan(eastAdmin, {
      assetId: lift,
      name: '电梯月度保养',
      teamId: ELEVATOR_CREW,
      workCategory: 'elevator',
      checklist: liftChecklist,
      trigger: monthly(addDays(today, 3)),
      leadDays: 7,
    });
    expect(plan).toMatchObject({
      campus: { id: EAST },
      asset: { id: lift },
      category: null,
      team: { id: ELEVATOR_CREW },
      workCategory: 'ELEVATOR',
      active: true,
      leadDays: 7,
      meterBaseline: null,
      trigger: { kind: 'EVERY', every: 1, unit: 'MONTHS', weekdays: null, startsOn: addDays(today, 3), meter: null },
      checklist: [
        { index: 0, label: '曳引机制动器间隙', kind: 'CHECK', unit: null, min: null, max: null },
        { index: 1, label: '曳引机油温', kind: 'READING', unit: 'CELSIUS', min: null, max: 80 },
      ],
    });
    expect(await platform.query('maintenance', `SELECT action, campus_id FROM audit_entry WHERE entity_id = $1`, [plan.id])).toEqual([
      { action: 'pm_plan.create', campus_id: EAST },
    ]);
    expect(await eventsOf('plan-created', 'planId', plan.id)).toEqual([
      {
        key: plan.id,
        data: expect.objectContaining({
          assetId: lift,
          category: null,
          workCategory: 'ELEVATOR',
          leadDays: 7,
          trigger: { kind: 'EVERY', every: 1, unit: 'MONTHS', startsOn: addDays(today, 3) },
        }),
      },
    ]);
    // Ten days out is beyond a 7-day lead time: nothing yet.
    const later = await createPlan(eastAdmin, {
      assetId: lift,
      name: '电梯季度保养',
      workCategory: 'ELEVATOR',
      checklist: liftChecklist,
      trigger: monthly(addDays(today, 10)),
      leadDays: 7,
    });

    await waitForTasks(plan.id, 1);
    await afterJobRuns();
    const expectGeneratedOnce = async () => {
      expect(await tasksOf(plan.id)).toEqual([
        expect.objectContaining({ asset_id: lift, due_key: addDays(today, 3), due_on: addDays(today, 3), status: 'SCHEDULED' }),
      ]);
      expect(await tasksOf(later.id)).toEqual([]);
      const scheduled = await eventsOf('task-scheduled', 'planId', plan.id);
      expect(scheduled).toEqual([
        {
          key: (await tasksOf(plan.id))[0].id,
          data: expect.objectContaining({
            planName: '电梯月度保养',
            assetId: lift,
            campusId: EAST,
            dueOn: addDays(today, 3),
            dueAtMeter: null,
            teamId: ELEVATOR_CREW,
          }),
        },
      ]);
    };
    await expectGeneratedOnce();

    await platform.process('maintenance').stop();
    const runsBeforeRestart = await runs();
    await platform.process('maintenance').start();
    await eventually(async () => ((await runs()) >= runsBeforeRestart + 2 ? true : undefined), 30_000, 'two PM generation runs after the restart');
    await expectGeneratedOnce();

    const listed = await data(technician, TASKS);
    const task = listed.pmTasks.edges.map((e: any) => e.node).find((t: any) => t.plan.id === plan.id);
    expect(task).toMatchObject({ asset: { id: lift }, campus: { id: EAST }, dueOn: addDays(today, 3), status: 'SCHEDULED', overdue: false, results: null });
  });

  it('catches up occurrences missed while no run happened, at most 12 per run and none twice', async () => {
    const pump = await register(eastAdmin, plain(PLANT_ROOM, 'E-PMP-01', '1号冷却水泵', 'PUMP'));
    const plan = await createPlan(eastAdmin, {
      assetId: pump,
      name: '水泵周保养',
      workCategory: 'PLUMBING',
      checklist: [{ label: '轴承温度', kind: 'READING', unit: 'CELSIUS', max: 70 }],
      trigger: { kind: 'EVERY', every: 1, unit: 'WEEKS', startsOn: addDays(today, -100) },
    });
    await afterJobRuns();
    // A plan created today starts today: its weeks before today are not a backlog.
    expect(await tasksOf(plan.id)).toEqual([]);
    await backdate(pump, plan.id, 101);
    const missed = Array.from({ length: 15 }, (_, week) => addDays(today, -100 + 7 * week));
    await waitForTasks(plan.id, 15);
    await afterJobRuns();
    expect((await tasksOf(plan.id)).map((t) => t.due_on)).toEqual(missed);
    expect(await eventsOf('task-scheduled', 'planId', plan.id)).toHaveLength(15);
    // Each run stamps its tasks with its own time: twelve in the first, the other three in the next.
    const perRun = await platform.query<{ n: number }>(
      'maintenance',
      `SELECT count(*)::int AS n FROM pm_task WHERE plan_id = $1 GROUP BY created_at ORDER BY created_at`,
      [plan.id],
    );
    expect(perRun.map((r) => r.n)).toEqual([12, 3]);
  });

  it('covers every asset of a category on the campus with a category plan, retired ones excepted', async () => {
    const ahu1 = await register(eastAdmin, plain(PLANT_ROOM, 'E-AHU-01', '1号空调机组', 'HVAC'));
    const ahu2 = await register(eastAdmin, plain(LOBBY, 'E-AHU-02', '门诊空调机组', 'HVAC'));
    const retired = await register(eastAdmin, plain(PLANT_ROOM, 'E-AHU-99', '旧空调机组', 'HVAC'));
    await data(eastAdmin, `mutation($id: ID!) { changeAssetStatus(assetId: $id, status: RETIRED, reason: "整体更换") { id } }`, { id: retired });
    await register(groupAdmin, plain(WEST_PLANT_ROOM, 'W-AHU-01', '西院空调机组', 'HVAC'));
    const plan = await createPlan(eastAdmin, {
      campusId: EAST,
      category: 'HVAC',
      name: '空调机组双周保养',
      workCategory: 'HVAC',
      checklist: [{ label: '过滤网压差', kind: 'READING', unit: 'KPA', min: 0, max: 0.25 }],
      trigger: { kind: 'EVERY', every: 2, unit: 'WEEKS', startsOn: today },
    });
    expect(plan).toMatchObject({ asset: null, category: 'HVAC', campus: { id: EAST } });
    await waitForTasks(plan.id, 2);
    await afterJobRuns();
    expect((await tasksOf(plan.id)).map((t) => [t.asset_id, t.due_on]).sort()).toEqual(
      [
        [ahu1, today],
        [ahu2, today],
      ].sort(),
    );
    const forAhu1 = await data(dispatcher, `query($a: ID!) { pmPlans(assetId: $a, active: true) { totalCount edges { node { id } } } }`, { a: ahu1 });
    expect(forAhu1.pmPlans).toEqual({ totalCount: 1, edges: [{ node: { id: plan.id } }] });

    const deactivated = (await data(eastAdmin, DEACTIVATE_PLAN, { id: plan.id, reason: '改由厂家维保' })).deactivatePmPlan;
    expect(deactivated).toMatchObject({ active: false, deactivatedAt: expect.any(String) });
    expect(await eventsOf('plan-deactivated', 'planId', plan.id)).toEqual([{ key: plan.id, data: expect.objectContaining({ reason: '改由厂家维保' }) }]);
    expect(errorCode(await call(eastAdmin, DEACTIVATE_PLAN, { id: plan.id }))).toBe('REFERENCE_INACTIVE');
    const inactive = await data(dispatcher, `query($a: ID!) { pmPlans(assetId: $a, active: false) { edges { node { id active } } } }`, { a: ahu1 });
    expect(inactive.pmPlans.edges).toEqual([{ node: { id: plan.id, active: false } }]);
  });

  it('refuses invalid plans with typed, translated errors and writes nothing', async () => {
    const lift = await register(eastAdmin, special(LOBBY, 'E-ELV-02', '门诊2号电梯', 'ELEVATOR', '梯11沪A01002'));
    const good = { assetId: lift, name: '电梯半月保养', workCategory: 'ELEVATOR', checklist: liftChecklist, trigger: monthly(today), leadDays: 7 };
    const before = await counts();
    const refused = async (input: Record<string, unknown>, identity: Identity = eastAdmin) =>
      errorCode(await call(identity, CREATE_PLAN, { input: { ...good, ...input } }));

    expect(await refused({ trigger: { kind: 'EVERY', every: 0, unit: 'DAYS', startsOn: today } })).toBe('PM_VALUE_OUT_OF_RANGE');
    expect(await refused({ trigger: { kind: 'EVERY', every: 25, unit: 'MONTHS', startsOn: today } })).toBe('PM_VALUE_OUT_OF_RANGE');
    expect(await refused({ trigger: { kind: 'WEEKDAYS', weekdays: [], startsOn: today } })).toBe('PM_WEEKDAYS_INVALID');
    expect(await refused({ trigger: { kind: 'WEEKDAYS', weekdays: [1, 8], startsOn: today } })).toBe('PM_WEEKDAYS_INVALID');
    expect(await refused({ trigger: monthly('2026-02-30') })).toBe('INVALID_INPUT');
    expect(await refused({ trigger: { kind: 'METER', meter: 'RUNNING_HOURS', every: 500, startsOn: today } })).toBe('INVALID_INPUT');
    expect(await refused({ assetId: null, campusId: EAST, category: 'ELEVATOR', trigger: { kind: 'METER', meter: 'CYCLES', every: 10000 } })).toBe(
      'PM_METER_NEEDS_ASSET',
    );
    expect(await refused({ category: 'ELEVATOR' })).toBe('PM_TARGET_INVALID');
    expect(await refused({ assetId: null })).toBe('PM_TARGET_INVALID');
    expect(await refused({ checklist: [] })).toBe('PM_CHECKLIST_SIZE');
    expect(await refused({ checklist: [{ label: '油压', kind: 'READING', min: 1 }] })).toBe('PM_READING_UNIT_REQUIRED');
    expect(await refused({ checklist: [{ label: '油压', kind: 'READING', unit: 'MPA', min: 2, max: 1 }] })).toBe('PM_READING_RANGE_INVALID');
    expect(await refused({ leadDays: 61 })).toBe('PM_VALUE_OUT_OF_RANGE');
    expect(await refused({ workCategory: 'elevator work' })).toBe('INVALID_INPUT');
    expect(await refused({ teamId: WEST_CREW })).toBe('REFERENCE_MISMATCH');
    expect(await refused({}, technician)).toBe('FORBIDDEN');

    const zh = await call(eastAdmin, CREATE_PLAN, { input: { ...good, trigger: { kind: 'WEEKDAYS', weekdays: [0], startsOn: today } } }, 'zh-CN');
    expect(zh.errors?.[0].message).toBe('trigger.weekdays：至少选择一天，取值 1（周一）到 7（周日）');
    const en = await call(eastAdmin, CREATE_PLAN, { input: { ...good, checklist: [{ label: '油压', kind: 'READING', unit: 'MPA', min: 2, max: 1 }] } }, 'en');
    expect(en.errors?.[0].message).toBe('checklist[0]: the min 2 is greater than the max 1');
    expect(await counts()).toEqual(before);
  });

  it('generates a meter plan task only once the running hours cross 500, and refuses a lower reading', async () => {
    const generator = await register(eastAdmin, plain(PLANT_ROOM, 'E-GEN-01', '1号柴油发电机组', 'GENERATOR'));
    const plan = await createPlan(eastAdmin, {
      assetId: generator,
      name: '发电机组500小时保养',
      workCategory: 'ELECTRICAL',
      checklist: [{ label: '机油更换', kind: 'CHECK' }],
      trigger: { kind: 'METER', meter: 'RUNNING_HOURS', every: 500 },
    });
    expect(plan).toMatchObject({ meterBaseline: 0, trigger: { kind: 'METER', meter: 'RUNNING_HOURS', every: 500, startsOn: null } });

    const reading = (value: number, identity: Identity = technician) => call(identity, READING, { assetId: generator, meter: 'RUNNING_HOURS', value });
    expect((await reading(300)).data?.recordMeterReading).toMatchObject({ meter: 'RUNNING_HOURS', value: 300 });
    await reading(499.5);
    await afterJobRuns();
    expect(await tasksOf(plan.id)).toEqual([]);

    const lower = await reading(450, dispatcher);
    expect(errorCode(lower)).toBe('METER_READING_DECREASED');
    expect((await call(technician, READING, { assetId: generator, meter: 'RUNNING_HOURS', value: 450 }, 'en')).errors?.[0].message).toBe(
      'The RUNNING_HOURS reading 450 of the asset "E-GEN-01 1号柴油发电机组" is below the last reading 499.5',
    );
    expect(errorCode(await reading(-1))).toBe('INVALID_INPUT');
    expect(errorCode(await reading(600, nurse))).toBe('FORBIDDEN');
    // Cycles are another meter: its own count, not compared with the running hours.
    expect(errorCode(await call(technician, READING, { assetId: generator, meter: 'CYCLES', value: 12 }))).toBeUndefined();

    await reading(520);
    await waitForTasks(plan.id, 1);
    await reading(730);
    await afterJobRuns();
    expect(await tasksOf(plan.id)).toEqual([expect.objectContaining({ due_key: '500', due_at_meter: 500, due_on: today, status: 'SCHEDULED' })]);
    // 1730 h passes 1000 and 1500 at once: one service, at 1500.
    await reading(1730);
    await waitForTasks(plan.id, 2);
    await afterJobRuns();
    expect((await tasksOf(plan.id)).map((t) => t.due_at_meter).sort((a, b) => Number(a) - Number(b))).toEqual([500, 1500]);

    const recorded = await eventsOf('meter-reading-recorded', 'assetId', generator);
    expect(recorded.map((e) => [e.data.meter, e.data.value, e.data.previousValue])).toEqual([
      ['RUNNING_HOURS', 300, null],
      ['RUNNING_HOURS', 499.5, 300],
      ['CYCLES', 12, null],
      ['RUNNING_HOURS', 520, 499.5],
      ['RUNNING_HOURS', 730, 520],
      ['RUNNING_HOURS', 1730, 730],
    ]);
    // A plan created now counts from the reading now.
    const next = await createPlan(eastAdmin, {
      assetId: generator,
      name: '发电机组千时保养',
      workCategory: 'ELECTRICAL',
      checklist: [{ label: '滤芯', kind: 'CHECK' }],
      trigger: { kind: 'METER', meter: 'RUNNING_HOURS', every: 1000 },
    });
    expect(next.meterBaseline).toBe(1730);
  });

  it('completes a task: a reading out of range opens exactly one corrective work order in the same transaction; a missing answer writes nothing', async () => {
    const boiler = await register(eastAdmin, special(PLANT_ROOM, 'E-BLR-01', '1号燃气蒸汽锅炉', 'BOILER', '锅11沪A00077'));
    const plan = await createPlan(eastAdmin, {
      assetId: boiler,
      name: '锅炉月度保养',
      workCategory: 'BOILER',
      checklist: [
        { label: '安全阀校验', kind: 'CHECK' },
        { label: '蒸汽压力', kind: 'READING', unit: 'BAR', min: 8, max: 10 },
        { label: '水位计', kind: 'CHECK' },
      ],
      trigger: monthly(today),
    });
    await waitForTasks(plan.id, 1);
    const [{ id: taskId }] = await tasksOf(plan.id);
    const before = await counts();

    const missing = await call(
      technician,
      COMPLETE,
      {
        taskId,
        results: [
          { itemIndex: 0, passed: true },
          { itemIndex: 1, reading: 7.2 },
        ],
      },
      'en',
    );
    expect(errorCode(missing)).toBe('PM_ANSWER_MISSING');
    expect(missing.errors?.[0].message).toBe('Every checklist item must be answered; 1 not answered: 水位计');
    const kpa = await call(technician, COMPLETE, {
      taskId,
      results: [
        { itemIndex: 0, passed: true },
        { itemIndex: 1, reading: 720, unit: 'KPA' },
        { itemIndex: 2, passed: true },
      ],
    });
    expect(errorCode(kpa)).toBe('PM_READING_UNIT_MISMATCH');
    expect(kpa.errors?.[0].message).toBe('检查项“蒸汽压力”的读数单位应为 BAR，而不是 KPA');
    const wrongKind = await call(technician, COMPLETE, {
      taskId,
      results: [
        { itemIndex: 0, reading: 1 },
        { itemIndex: 1, reading: 9 },
        { itemIndex: 2, passed: true },
      ],
    });
    expect(errorCode(wrongKind)).toBe('PM_ANSWER_INVALID');
    const answers = [
      { itemIndex: 0, passed: true },
      { itemIndex: 1, reading: 7.2, unit: 'BAR' },
      { itemIndex: 2, passed: true },
    ];
    expect(errorCode(await call(nurse, COMPLETE, { taskId, results: answers }))).toBe('FORBIDDEN');
    expect(errorCode(await call(westAdmin, COMPLETE, { taskId, results: answers }))).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);

    const done = (await data(technician, COMPLETE, { taskId, results: answers })).completePmTask;
    expect(done).toMatchObject({ status: 'DONE', completedByName: '张伟', overdue: false, completedAt: expect.any(String) });
    expect(done.results).toEqual([
      { itemIndex: 0, label: '安全阀校验', kind: 'CHECK', passed: true, reading: null, unit: null, min: null, max: null },
      { itemIndex: 1, label: '蒸汽压力', kind: 'READING', passed: false, reading: 7.2, unit: 'BAR', min: 8, max: 10 },
      { itemIndex: 2, label: '水位计', kind: 'CHECK', passed: true, reading: null, unit: null, min: null, max: null },
    ]);
    expect(done.correctiveWorkOrders).toHaveLength(1);
    expect((await data(dispatcher, `query($id: ID!) { pmTask(id: $id) { ${TASK} } }`, { id: taskId })).pmTask).toEqual(done);
    const orderId = done.correctiveWorkOrders[0].id;
    const order = (
      await data(dispatcher, `query($id: ID!) { workOrder(id: $id) { source priority category title description status asset { id } campus { id } } }`, {
        id: orderId,
      })
    ).workOrder;
    expect(order).toEqual({
      source: 'PREVENTIVE_MAINTENANCE',
      priority: 'HIGH',
      category: 'BOILER',
      title: '锅炉月度保养: 蒸汽压力',
      description: 'reading 7.2 bar outside 8–10 bar',
      status: 'SUBMITTED',
      asset: { id: boiler },
      campus: { id: EAST },
    });
    expect(await platform.query('maintenance', `SELECT source_ref FROM work_order WHERE id = $1`, [orderId])).toEqual([{ source_ref: taskId }]);
    // One order, its submission event and the task's own event, committed together.
    const after = await counts();
    expect(after.orders).toBe(before.orders + 1);
    const [{ together }] = await platform.query<{ together: boolean }>(
      'maintenance',
      `SELECT (SELECT xmin FROM pm_task WHERE id = $1)::text = (SELECT xmin FROM work_order WHERE id = $2)::text AS together`,
      [taskId, orderId],
    );
    expect(together).toBe(true);
    expect(await eventsOf('task-completed', 'taskId', taskId)).toEqual([
      {
        key: taskId,
        data: expect.objectContaining({
          onTime: true,
          correctiveWorkOrderIds: [orderId],
          failedItems: [expect.objectContaining({ itemIndex: 1, label: '蒸汽压力', reading: 7.2, unit: 'BAR', min: 8, max: 10 })],
          actor: expect.objectContaining({ name: '张伟' }),
        }),
      },
    ]);
    expect(await platform.query('maintenance', `SELECT type FROM outbox_event WHERE key = $1`, [orderId])).toEqual([
      { type: 'maintenance.work-order.submitted.v1' },
    ]);
    expect(errorCode(await call(technician, COMPLETE, { taskId, results: answers }))).toBe('PM_TASK_CLOSED');
  });

  it('skips and defers tasks with a reason, never regenerating a deferred occurrence', async () => {
    const lamp = await register(eastAdmin, plain(LOBBY, 'E-LGT-01', '门诊大厅应急照明', 'LIGHTING'));
    const checklist = [{ label: '应急照明切换', kind: 'CHECK' }];
    const monthlyPlan = await createPlan(eastAdmin, { assetId: lamp, name: '应急照明月检', workCategory: 'ELECTRICAL', checklist, trigger: monthly(today) });
    const weeklyPlan = await createPlan(eastAdmin, {
      assetId: lamp,
      name: '应急照明周检',
      workCategory: 'ELECTRICAL',
      checklist,
      trigger: { kind: 'EVERY', every: 1, unit: 'WEEKS', startsOn: today },
    });
    await waitForTasks(monthlyPlan.id, 1);
    await waitForTasks(weeklyPlan.id, 1);
    const [{ id: skipped }] = await tasksOf(monthlyPlan.id);
    const [{ id: deferred }] = await tasksOf(weeklyPlan.id);

    expect(errorCode(await call(dispatcher, SKIP, { taskId: skipped, reason: '  ' }))).toBe('TEXT_REQUIRED');
    expect(errorCode(await call(technician, SKIP, { taskId: skipped, reason: '大厅封闭施工' }))).toBe('FORBIDDEN');
    const skip = (await data(dispatcher, SKIP, { taskId: skipped, reason: '大厅封闭施工' })).skipPmTask;
    expect(skip).toMatchObject({ status: 'SKIPPED', reason: '大厅封闭施工' });
    expect(await eventsOf('task-skipped', 'taskId', skipped)).toEqual([
      { key: skipped, data: expect.objectContaining({ reason: '大厅封闭施工', dueOn: today }) },
    ]);
    expect(errorCode(await call(dispatcher, SKIP, { taskId: skipped, reason: '再次跳过' }))).toBe('PM_TASK_CLOSED');
    expect(errorCode(await call(dispatcher, DEFER, { taskId: skipped, newDueOn: addDays(today, 3), reason: '延后' }))).toBe('PM_TASK_CLOSED');

    expect(errorCode(await call(dispatcher, DEFER, { taskId: deferred, newDueOn: addDays(today, 3), reason: '' }))).toBe('TEXT_REQUIRED');
    expect(errorCode(await call(dispatcher, DEFER, { taskId: deferred, newDueOn: addDays(today, -1), reason: '备件未到' }))).toBe('PM_DEFER_OUT_OF_RANGE');
    const pastNext = await call(eastAdmin, DEFER, { taskId: deferred, newDueOn: addDays(today, 7), reason: '备件未到' }, 'en');
    expect(errorCode(pastNext)).toBe('PM_DEFER_OUT_OF_RANGE');
    expect(pastNext.errors?.[0].message).toBe(
      `The new due date ${addDays(today, 7)} must be from ${addDays(today, 1)} to ${addDays(today, 6)} (not before today, and before the next occurrence)`,
    );
    expect(errorCode(await call(dispatcher, DEFER, { taskId: deferred, newDueOn: '2026-13-01', reason: '备件未到' }))).toBe('INVALID_INPUT');
    const moved = (await data(dispatcher, DEFER, { taskId: deferred, newDueOn: addDays(today, 3), reason: '备件未到' })).deferPmTask;
    expect(moved).toMatchObject({ status: 'DEFERRED', dueOn: addDays(today, 3), deferredFrom: today, reason: '备件未到' });
    const again = (await data(dispatcher, DEFER, { taskId: deferred, newDueOn: addDays(today, 6), reason: '科室手术排满' })).deferPmTask;
    expect(again).toMatchObject({ status: 'DEFERRED', dueOn: addDays(today, 6), deferredFrom: today });
    expect((await eventsOf('task-deferred', 'taskId', deferred)).map((e) => [e.data.previousDueOn, e.data.dueOn, e.data.originalDueOn])).toEqual([
      [today, addDays(today, 3), today],
      [addDays(today, 3), addDays(today, 6), today],
    ]);
    await afterJobRuns();
    expect(await tasksOf(weeklyPlan.id)).toEqual([expect.objectContaining({ id: deferred, due_key: today, due_on: addDays(today, 6), status: 'DEFERRED' })]);
    // Still open: it can be done.
    const done = (await data(technician, COMPLETE, { taskId: deferred, results: [{ itemIndex: 0, passed: true }] })).completePmTask;
    expect(done).toMatchObject({ status: 'DONE', correctiveWorkOrders: [] });
  });

  it('computes PM compliance for a known set of tasks', async () => {
    const northLamp = await register(northAdmin, plain(NORTH_WARD, 'N-LGT-01', '北院3病区照明', 'LIGHTING'));
    const checklist = [{ label: '灯具完好', kind: 'CHECK' }];
    const daily = await createPlan(northAdmin, {
      assetId: northLamp,
      name: '病区照明日检',
      workCategory: 'ELECTRICAL',
      checklist,
      trigger: { kind: 'EVERY', every: 1, unit: 'DAYS', startsOn: addDays(today, -10) },
    });
    const weekly = await createPlan(northAdmin, {
      assetId: northLamp,
      name: '病区照明周检',
      workCategory: 'ELECTRICAL',
      checklist,
      trigger: { kind: 'EVERY', every: 1, unit: 'WEEKS', startsOn: addDays(today, 2) },
      leadDays: 7,
    });
    // The daily plan has run for ten days already: today-10 … today, eleven tasks.
    await backdate(northLamp, daily.id, 10);
    await waitForTasks(daily.id, 11);
    await waitForTasks(weekly.id, 1);
    const byDue = new Map((await tasksOf(daily.id)).map((t) => [t.due_on, t.id]));
    const [{ id: upcoming }] = await tasksOf(weekly.id);
    const ok = [{ itemIndex: 0, passed: true }];
    await data(northAdmin, COMPLETE, { taskId: byDue.get(today), results: ok }); // on time
    await data(northAdmin, COMPLETE, { taskId: byDue.get(addDays(today, -10)), results: ok }); // late
    await data(northAdmin, SKIP, { taskId: byDue.get(addDays(today, -9)), reason: '病区停用' }); // skipped
    // A daily task has no day left before its next occurrence.
    const noRoom = await call(northAdmin, DEFER, { taskId: byDue.get(addDays(today, -8)), newDueOn: today, reason: '科室不便' });
    expect(errorCode(noRoom)).toBe('PM_DEFER_NO_ROOM');
    await data(northAdmin, DEFER, { taskId: upcoming, newDueOn: addDays(today, 4), reason: '科室不便' }); // pending, deferred
    // today-8 … today-1 stay open: overdue.

    const byCategory = (await data(northAdmin, COMPLIANCE, { from: addDays(today, -10), to: addDays(today, 30), groupBy: 'CATEGORY' })).pmCompliance;
    expect(byCategory).toEqual([{ key: 'LIGHTING', due: 12, onTime: 1, late: 1, skipped: 1, overdue: 8, pending: 1, deferred: 1, compliance: 1 / 11 }]);
    // The deferred task now falls after the period: not in it.
    const deferredOut = (await data(analyst, COMPLIANCE, { campusId: NORTH, from: addDays(today, -10), to: addDays(today, 3), groupBy: 'CATEGORY' }))
      .pmCompliance;
    expect(deferredOut).toEqual([{ key: 'LIGHTING', due: 11, onTime: 1, late: 1, skipped: 1, overdue: 8, pending: 0, deferred: 0, compliance: 1 / 11 }]);
    const byMonth = (await data(northAdmin, COMPLIANCE, { from: addDays(today, -10), to: addDays(today, 30), groupBy: 'MONTH' })).pmCompliance;
    const dueDates = [...Array.from({ length: 11 }, (_, i) => addDays(today, i - 10)), addDays(today, 4)];
    const months = [...new Set(dueDates.map((d) => d.slice(0, 7)))].sort();
    expect(byMonth.map((r: any) => r.key)).toEqual(months);
    expect(byMonth.map((r: any) => r.due)).toEqual(months.map((m) => dueDates.filter((d) => d.startsWith(m)).length));

    expect(errorCode(await call(eastAdmin, COMPLIANCE, { campusId: NORTH, from: today, to: today, groupBy: 'MONTH' }))).toBe('FORBIDDEN');
    expect(errorCode(await call(northAdmin, COMPLIANCE, { from: today, to: addDays(today, -1), groupBy: 'MONTH' }))).toBe('INVALID_DATE_RANGE');
    expect(errorCode(await call(technician, COMPLIANCE, { from: today, to: today, groupBy: 'MONTH' }))).toBe('FORBIDDEN');
  });

  it("keeps another campus out: West's admin sees no East plan or task and changes none", async () => {
    const westLift = await register(groupAdmin, special(WEST_PLANT_ROOM, 'W-ELV-01', '西院1号电梯', 'ELEVATOR', '梯11沪A02001'));
    const westPlan = await createPlan(westAdmin, {
      assetId: westLift,
      name: '西院电梯月度保养',
      teamId: WEST_CREW,
      workCategory: 'ELEVATOR',
      checklist: liftChecklist,
      trigger: monthly(today),
    });
    await waitForTasks(westPlan.id, 1);
    const eastTasks = await platform.query<{ id: string; plan_id: string; asset_id: string }>(
      'maintenance',
      `SELECT id, plan_id, asset_id FROM pm_task WHERE campus_id = $1 AND status IN ('SCHEDULED', 'DEFERRED') LIMIT 1`,
      [EAST],
    );
    const [eastTask] = eastTasks;

    const west = await data(westAdmin, `{ pmTasks(first: 100) { edges { node { campus { id } } } } pmPlans(first: 100) { edges { node { campus { id } } } } }`);
    expect(west.pmTasks.edges).toEqual([{ node: { campus: { id: WEST } } }]);
    expect(west.pmPlans.edges).toEqual([{ node: { campus: { id: WEST } } }]);
    expect(errorCode(await call(westAdmin, `query($id: ID!) { pmTask(id: $id) { id } }`, { id: eastTask.id }))).toBe('NOT_FOUND');
    expect(errorCode(await call(westAdmin, SKIP, { taskId: eastTask.id, reason: 'x' }))).toBe('NOT_FOUND');
    expect(errorCode(await call(westAdmin, DEACTIVATE_PLAN, { id: eastTask.plan_id }))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await call(westAdmin, CREATE_PLAN, {
          input: { assetId: eastTask.asset_id, name: 'x', workCategory: 'HVAC', checklist: liftChecklist, trigger: monthly(today) },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await call(westAdmin, CREATE_PLAN, {
          input: { campusId: EAST, category: 'PUMP', name: 'x', workCategory: 'HVAC', checklist: liftChecklist, trigger: monthly(today) },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await call(westAdmin, READING, { assetId: eastTask.asset_id, meter: 'CYCLES', value: 1 }))).toBe('NOT_FOUND');
    const everything = await data(groupAdmin, `{ pmTasks(first: 100) { totalCount } }`);
    expect(everything.pmTasks.totalCount).toBeGreaterThan(1);
  });
});
