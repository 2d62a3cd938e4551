import { EncounterAdmittedV1, EncounterDischargeCancelledV1, EncounterDischargedV1, HygieneRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { chinaMonth, chinaToday } from '@houqin/platform-calendar';
import { uuidv7 } from '@houqin/platform-database';
import { errorCode, eventually, gatewayCaller, OrgFixture, publishEvents, TestPlatform } from '@houqin/platform-testing';
import { roundsDue } from '../src/cleaning-task/cleaning-rounds';
import { RiskLevel } from '../src/zone/zone-kind';

/**
 * Cleaning tasks through the gateway, against a real Postgres and Kafka: terminal cleans opened by the HIS feed's
 * events (raised by isolation, assigned to a trained cleaner, cancelled by A13, put first by a waiting admission),
 * started and finished by scanning the room, the checklist, the turnaround, and every campus seeing only its own.
 */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const CARDIOLOGY = org.department(EAST, '心内科');
const WARD5 = org.location(EAST, { name: '5病区', kind: 'WARD', departmentId: CARDIOLOGY });
const ROOM501 = org.location(EAST, { name: '501室', kind: 'ROOM', parentId: WARD5 });
const BED501_1 = org.location(EAST, { name: '501-1床', kind: 'BED', parentId: ROOM501 });
const BED501_2 = org.location(EAST, { name: '501-2床', kind: 'BED', parentId: ROOM501 });
const ROOM502 = org.location(EAST, { name: '502室', kind: 'ROOM', parentId: WARD5 });
const BED502_1 = org.location(EAST, { name: '502-1床', kind: 'BED', parentId: ROOM502 });
const WEST_WARD = org.location(WEST, { name: '3病区', kind: 'WARD' });
const TRAINED = org.staff(EAST, { name: '刘秀兰' });
const UNTRAINED = org.staff(EAST, { name: '陈小燕' });

const eastAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'west-admin', staffId: null, name: '西院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };
const nurse: Identity = { subject: 'nurse', staffId: null, name: '王丽', roles: [Role.REQUESTER], campusIds: [EAST] };
const cleaner = (staffId: string, name: string): Identity => ({ subject: name, staffId, name, roles: [HygieneRole.CLEANER], campusIds: [EAST] });
const liu = cleaner(TRAINED, '刘秀兰');
const chen = cleaner(UNTRAINED, '陈小燕');

const TASK = `id number kind priority status riskLevel precautions chlorineMgPerL bedId wardId cleanerId checklist { code done } startDueAt readyDueAt openedAt turnaroundMinutes cancelReason`;
const TASKS = `query($kind: CleaningTaskKind) { cleaningTasks(first: 20, kind: $kind) { totalCount edges { node { ${TASK} } } } }`;
const START = `mutation($input: StartCleaningTaskInput!) { startCleaningTask(input: $input) { status startedAt } }`;
const FINISH = `mutation($input: FinishCleaningTaskInput!) { finishCleaningTask(input: $input) { status turnaroundMinutes checklist { code done } } }`;

const discharge = (encounterId: string, bedId: string, occurredAt: string, precautions: ('CONTACT' | 'AIRBORNE')[] = []) => ({
  encounterId,
  campusId: EAST,
  status: 'DISCHARGED' as const,
  locationId: bedId,
  wardId: WARD5,
  departmentId: CARDIOLOGY,
  admittedAt: '2026-12-01T02:00:00.000Z',
  dischargedAt: occurredAt,
  precautions,
  dietCode: '',
  occurredAt,
});

describe('hygiene: cleaning tasks from the HIS feed (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  const gateway = gatewayCaller(() => platform);
  const tasks = async (identity: Identity, kind?: string) => (await gateway.data(identity, TASKS, { kind })).cleaningTasks;
  const terminalAt = async (bedId: string) => (await tasks(eastAdmin, 'TERMINAL')).edges.map((e: any) => e.node).filter((t: any) => t.bedId === bedId);

  beforeAll(async () => {
    // Jobs every two seconds: the rounds appear and the overdue clocks tick while the test runs.
    platform = await TestPlatform.start({ services: ['hygiene'], gateway: true, env: { hygiene: { SCHEDULED_JOB_INTERVAL_MS: '2000' } } });
    await org.publishTo(platform, 'hygiene');
    const zone = await gateway.data(eastAdmin, `mutation($input: CreateZoneInput!) { createZone(input: $input) { id riskLevel standard { chlorineMgPerL } } }`, {
      input: { campusId: EAST, name: '住院部5病区', kind: 'WARD', locationIds: [WARD5] },
    });
    expect(zone.createZone).toMatchObject({ riskLevel: 'MEDIUM', standard: { chlorineMgPerL: 500 } });
    for (const staffId of [TRAINED, UNTRAINED]) {
      await gateway.data(eastAdmin, `mutation($input: RegisterCleanerInput!) { registerCleaner(input: $input) { id } }`, {
        input: { staffId, zoneIds: [zone.createZone.id] },
      });
    }
    const trained = await gateway.data(eastAdmin, `mutation($input: RecordCleanerTrainingInput!) { recordCleanerTraining(input: $input) { trainedUntil name } }`, {
      input: { cleanerId: TRAINED, trainedOn: '2026-09-01', validUntil: '2027-08-31', certificateNo: 'YG-2026-031' },
    });
    expect(trained.recordCleanerTraining).toEqual({ trainedUntil: '2027-08-31', name: '刘秀兰' });
  });
  afterAll(() => platform?.stop());

  it('opens a terminal clean with isolation stages when a contact-isolation patient leaves, assigned to the trained cleaner', async () => {
    const e1 = uuidv7();
    const event = { contract: EncounterDischargedV1, key: e1, data: discharge(e1, BED501_1, '2026-12-07T02:00:00.000Z', ['CONTACT']) };
    await publishEvents(platform, 'his', [event]);
    const [task] = await eventually(async () => {
      const found = await terminalAt(BED501_1);
      return found.length ? found : undefined;
    });
    expect(task).toMatchObject({
      kind: 'TERMINAL',
      status: 'ASSIGNED',
      riskLevel: 'HIGH',
      precautions: ['CONTACT'],
      chlorineMgPerL: 1000,
      wardId: WARD5,
      cleanerId: TRAINED,
      openedAt: '2026-12-07T02:00:00.000Z',
      startDueAt: '2026-12-07T02:30:00.000Z',
      readyDueAt: '2026-12-07T03:30:00.000Z',
    });
    expect(task.checklist.map((s: any) => s.code)).toEqual(expect.arrayContaining(['INFECTIOUS_LINEN', 'CURTAIN', 'DEDICATED_TOOLS', 'WIPE_BED_UNIT']));

    // The same discharge again, as a redelivery and as a second message: still one task.
    await publishEvents(platform, 'his', [event, { ...event, id: undefined }]);
    await new Promise((r) => setTimeout(r, 3000));
    expect(await terminalAt(BED501_1)).toHaveLength(1);

    const labels = (await gateway.data(eastAdmin, `query($wardId: ID!) { cleaningRoomLabels(wardId: $wardId) { locationId name code } }`, { wardId: WARD5 }))
      .cleaningRoomLabels as { locationId: string; name: string; code: string }[];
    expect(labels[0].name).toBe('5病区');
    expect(labels.map((l) => l.name).sort()).toEqual(['501室', '502室', '5病区']);
    const room501 = labels.find((l) => l.locationId === ROOM501)!.code;
    const room502 = labels.find((l) => l.locationId === ROOM502)!.code;

    expect(errorCode(await gateway.call(chen, START, { input: { taskId: task.id, code: room501 } }))).toBe('CLEANING_TASK_NOT_YOURS');
    const wrongRoom = await gateway.call(liu, START, { input: { taskId: task.id, code: room502 } });
    expect(errorCode(wrongRoom)).toBe('CLEANING_WRONG_ROOM');
    expect(wrongRoom.errors?.[0].message).toBe('扫描的是“502室”，该任务的保洁地点是“501室”');
    expect(errorCode(await gateway.call(liu, START, { input: { taskId: task.id, code: `${room501.slice(0, 40)}AAAA` } }))).toBe('CLEANING_LABEL_INVALID');
    expect((await gateway.data(liu, START, { input: { taskId: task.id, code: room501 } })).startCleaningTask.status).toBe('IN_PROGRESS');

    const all = task.checklist.map((s: any) => s.code);
    const before = await platform.query('hygiene', `SELECT count(*)::int AS n FROM outbox_event`);
    const incomplete = await gateway.call(liu, FINISH, { input: { taskId: task.id, code: room501, checkedItems: all.filter((c: string) => c !== 'CURTAIN') } });
    expect(errorCode(incomplete)).toBe('CLEANING_CHECKLIST_INCOMPLETE');
    expect(incomplete.errors?.[0].message).toBe('检查单尚有未完成项：更换床间隔帘');
    expect(await platform.query('hygiene', `SELECT count(*)::int AS n FROM outbox_event`)).toEqual(before);

    const done = (await gateway.data(liu, FINISH, { input: { taskId: task.id, code: room501, checkedItems: all } })).finishCleaningTask;
    expect(done.status).toBe('DONE');
    expect(done.checklist.every((s: any) => s.done)).toBe(true);
    const [completed] = await platform.query<{ data: any }>('hygiene', `SELECT data FROM outbox_event WHERE type = 'hygiene.cleaning-task.completed.v1' AND key = $1`, [task.id]);
    expect(completed.data).toMatchObject({ bedId: BED501_1, kind: 'TERMINAL', cleanerId: TRAINED, turnaroundMinutes: done.turnaroundMinutes });
    expect(JSON.stringify(completed.data)).not.toContain(e1);

    const month = chinaMonth(new Date());
    const kpis = (await gateway.data(eastAdmin, `query($c: ID!, $m: String!) { cleaningKpis(campusId: $c, month: $m) { finished wards { wardId terminalCleans medianTurnaroundMinutes } } }`, { c: EAST, m: month })).cleaningKpis;
    expect(kpis.finished).toBe(1);
    expect(kpis.wards).toEqual([{ wardId: WARD5, terminalCleans: 1, medianTurnaroundMinutes: expect.closeTo(done.turnaroundMinutes, 0) }]);
  });

  it('cancels the unstarted clean when the HIS cancels the discharge (A13), and puts a clean first when an admission waits', async () => {
    const e2 = uuidv7();
    const e3 = uuidv7();
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    await publishEvents(platform, 'his', [
      { contract: EncounterDischargedV1, key: e2, data: discharge(e2, BED501_2, minutesAgo(20)) },
      { contract: EncounterDischargedV1, key: e3, data: discharge(e3, BED502_1, minutesAgo(10)) },
    ]);
    await eventually(async () => ((await terminalAt(BED501_2)).length && (await terminalAt(BED502_1)).length ? true : undefined));
    const [ordinary] = await terminalAt(BED501_2);
    // Medium risk: either cleaner may take it.
    expect(ordinary).toMatchObject({ riskLevel: 'MEDIUM', chlorineMgPerL: 500, status: 'ASSIGNED' });
    const [waiting] = await terminalAt(BED502_1);

    await publishEvents(platform, 'his', [
      { contract: EncounterDischargeCancelledV1, key: e2, data: { ...discharge(e2, BED501_2, minutesAgo(5)), status: 'ADMITTED', dischargedAt: null } },
    ]);
    const e4 = uuidv7();
    await publishEvents(platform, 'his', [{ contract: EncounterAdmittedV1, key: e4, data: { ...discharge(e4, BED502_1, minutesAgo(1)), status: 'ADMITTED', dischargedAt: null } }]);
    const { cancelled, awaited } = await eventually(async () => {
      const [cancelled] = await terminalAt(BED501_2);
      const [awaited] = await terminalAt(BED502_1);
      return cancelled.status === 'CANCELLED' && awaited.priority === 'CLEAN_NEXT' ? { cancelled, awaited } : undefined;
    });
    expect(cancelled.cancelReason).toBe('HIS 撤销出院 (A13)');
    expect(new Date(awaited.readyDueAt).getTime()).toBeLessThan(new Date(waiting.readyDueAt).getTime());
    const [prioritised] = await platform.query<{ data: any }>('hygiene', `SELECT data FROM outbox_event WHERE type = 'hygiene.cleaning-task.prioritised.v1' AND key = $1`, [
      awaited.id,
    ]);
    expect(prioritised.data).toMatchObject({ priority: 'CLEAN_NEXT', bedId: BED502_1 });
  });

  it('opens the zone’s rounds due on the Beijing calendar, each once however often the job runs', async () => {
    // Rounds opened before the zone had any cleaner (the job runs from the service's start) are offered again when the
    // cleaners are registered and on the job's next run: every round ends up assigned, whenever it was opened.
    const rounds = () =>
      platform.query<{ origin: string; kind: string; status: string }>('hygiene', `SELECT origin, kind, status FROM cleaning_task WHERE origin LIKE 'round:%' ORDER BY origin`);
    const expected = () => roundsDue(chinaToday(new Date()), RiskLevel.MEDIUM, new Date()).map((r) => `:${WARD5}:${r.date}:${r.round}`);
    const opened = await eventually(async () => {
      const found = await rounds();
      const want = expected();
      const all = found.length === want.length && want.every((suffix) => found.some((task) => task.origin.endsWith(suffix)));
      return all && found.every((task) => task.status === 'ASSIGNED') ? found : undefined;
    });
    expect(opened.every((task) => ['ROUTINE', 'DEEP'].includes(task.kind))).toBe(true);
    expect(opened.map((task) => task.status)).toEqual(opened.map(() => 'ASSIGNED'));
    await new Promise((r) => setTimeout(r, 5000));
    expect((await rounds()).length).toBe(expected().length);
  });

  it('lets a ward report a spill, refuses bad input writing nothing, and shows West none of East’s cleaning', async () => {
    const spill = (await gateway.data(nurse, `mutation($input: ReportCleaningNeedInput!) { reportCleaningNeed(input: $input) { kind priority chlorineMgPerL status } }`, {
      input: { locationId: ROOM502, kind: 'SPILL', note: '呕吐物污染地面' },
    })).reportCleaningNeed;
    expect(spill).toEqual({ kind: 'SPILL', priority: 'URGENT', chlorineMgPerL: 2000, status: 'ASSIGNED' });

    const before = await platform.query('hygiene', `SELECT (SELECT count(*) FROM cleaning_task)::int AS tasks, (SELECT count(*) FROM outbox_event)::int AS events`);
    const report = `mutation($input: ReportCleaningNeedInput!) { reportCleaningNeed(input: $input) { id } }`;
    expect(errorCode(await gateway.call(nurse, report, { input: { locationId: WARD5, kind: 'AD_HOC', note: '整个病区' } }))).toBe('CLEANING_PLACE_NOT_CLEANABLE');
    expect(errorCode(await gateway.call(nurse, report, { input: { locationId: ROOM502, kind: 'AD_HOC', note: '  ' } }))).toBe('TEXT_REQUIRED');
    expect(errorCode(await gateway.call(westAdmin, report, { input: { locationId: ROOM502, kind: 'AD_HOC', note: '越权' } }))).toBe('FORBIDDEN');
    expect(await platform.query('hygiene', `SELECT (SELECT count(*) FROM cleaning_task)::int AS tasks, (SELECT count(*) FROM outbox_event)::int AS events`)).toEqual(before);

    expect((await tasks(westAdmin)).totalCount).toBe(0);
    const [any] = (await tasks(eastAdmin)).edges;
    expect(errorCode(await gateway.call(westAdmin, `query($id: ID!) { cleaningTask(id: $id) { id } }`, { id: any.node.id }))).toBe('NOT_FOUND');
    expect(errorCode(await gateway.call(westAdmin, `query($w: ID!) { cleaningRoomLabels(wardId: $w) { code } }`, { w: WARD5 }))).toBe('NOT_FOUND');
    expect((await gateway.data(westAdmin, `query($w: ID!) { cleaningRoomLabels(wardId: $w) { name } }`, { w: WEST_WARD })).cleaningRoomLabels).toEqual([{ name: '3病区' }]);
  });
});
