import { CleaningTaskCompletedV1, EncounterAdmittedV1, EncounterDischargeCancelledV1, EncounterDischargedV1, EncounterTransferredV1 } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { errorCode, eventually, publishEvents, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { DEMO } from '../src/demo/demo-directory';

/**
 * The bed board against real Postgres and Kafka: his.encounter events and hygiene's finished cleans move the demo's
 * beds (HL7 table 0116), staff close and reopen them, and every campus sees only its own wards.
 */
const { campuses: CAMPUS, locations: LOC, staff: STAFF } = DEMO;
const EAST = CAMPUS.east.id;
const WEST = CAMPUS.west.id;

const groupAdmin: Identity = { subject: 'xu', staffId: STAFF.groupAdminXu.id, name: '许国平', roles: [Role.GROUP_ADMIN], campusIds: [] };
const eastAdmin: Identity = { subject: 'zhou', staffId: STAFF.eastAdminZhou.id, name: '周涛', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'west', staffId: null, name: '西院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };
const nurse: Identity = { subject: 'wangli', staffId: STAFF.nurseWangLi.id, name: '王丽', roles: [Role.REQUESTER], campusIds: [EAST] };

const BOARD = `query($wardId: ID!) { wardBeds(wardId: $wardId) { bed { id code } status hl7Code since precautions source } }`;
const SET = `mutation($input: SetBedStatusInput!) { setBedStatus(input: $input) { bed { id } status source } }`;
const SEED = ['createCampus', 'createBuilding', 'createFloor', 'createDepartment', 'createLocation'] as const;

const encounter = (encounterId: string, occurredAt: string, precautions: ('CONTACT' | 'DROPLET')[] = []) => ({
  encounterId,
  campusId: EAST,
  status: 'ADMITTED' as const,
  locationId: LOC.eastBed501_1.id,
  wardId: LOC.eastWard5.id,
  departmentId: DEMO.departments.eastCardiology.id,
  admittedAt: '2026-12-06T08:00:00.000Z',
  dischargedAt: null,
  precautions,
  dietCode: '',
  occurredAt,
});

describe('org: the bed board (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  const { call, data } = subgraphCaller(() => platform, 'org');
  const board = async (identity: Identity, wardId = LOC.eastWard5.id) => (await data(identity, BOARD, { wardId })).wardBeds as any[];
  const bed = async (id: string) => (await board(eastAdmin)).find((b) => b.bed.id === id);
  /** Polls until the assertions in `check` hold. */
  const until = (check: () => Promise<unknown>) =>
    eventually(async () => {
      await check();
      return true;
    });

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['org'] });
    await data(groupAdmin, `mutation($input: UpdateHospitalGroupInput!) { updateHospitalGroup(input: $input) { id } }`, { input: DEMO.group });
    const inputs: Record<(typeof SEED)[number], object[]> = {
      createCampus: Object.values(CAMPUS),
      createBuilding: Object.values(DEMO.buildings),
      createFloor: Object.values(DEMO.floors).map(({ campusId: _campusId, ...floor }) => floor),
      createDepartment: Object.values(DEMO.departments),
      createLocation: Object.values(LOC),
    };
    for (const name of SEED) {
      const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
      for (const input of inputs[name]) await data(groupAdmin, `mutation($input: ${type}!) { ${name}(input: $input) { id } }`, { input });
    }
  });
  afterAll(() => platform?.stop());

  it('lists a ward’s beds, under it and its rooms, all unoccupied before the HIS says otherwise', async () => {
    const beds = await board(nurse);
    expect(beds.map((b) => b.bed.code)).toEqual(['E-ZY1-501-1', 'E-ZY1-501-2', 'E-ZY1-502-1']);
    expect(beds.every((b) => b.status === 'UNOCCUPIED' && b.hl7Code === 'U')).toBe(true);
  });

  it('follows an isolation patient in, out (housekeeping), back on a cancelled discharge, and ready after the clean', async () => {
    const e1 = uuidv7();
    await publishEvents(platform, 'his', [{ contract: EncounterAdmittedV1, key: e1, data: encounter(e1, '2026-12-07T01:00:00.000Z', ['CONTACT']) }]);
    await until(async () => expect(await bed(LOC.eastBed501_1.id)).toMatchObject({ status: 'ISOLATED', hl7Code: 'I', precautions: ['CONTACT'], source: 'HIS' }));

    await publishEvents(platform, 'his', [
      { contract: EncounterDischargedV1, key: e1, data: { ...encounter(e1, '2026-12-07T02:00:00.000Z', ['CONTACT']), status: 'DISCHARGED' } },
    ]);
    await until(async () => expect(await bed(LOC.eastBed501_1.id)).toMatchObject({ status: 'HOUSEKEEPING', hl7Code: 'H', since: '2026-12-07T02:00:00.000Z' }));

    await publishEvents(platform, 'his', [{ contract: EncounterDischargeCancelledV1, key: e1, data: encounter(e1, '2026-12-07T02:20:00.000Z', ['CONTACT']) }]);
    await until(async () => expect(await bed(LOC.eastBed501_1.id)).toMatchObject({ status: 'ISOLATED' }));

    const discharged = { ...encounter(e1, '2026-12-07T03:00:00.000Z', ['CONTACT']), status: 'DISCHARGED' as const };
    await publishEvents(platform, 'his', [{ contract: EncounterDischargedV1, key: e1, data: discharged }]);
    await until(async () => expect(await bed(LOC.eastBed501_1.id)).toMatchObject({ status: 'HOUSEKEEPING' }));

    await publishEvents(platform, 'hygiene', [{ contract: CleaningTaskCompletedV1, key: e1, data: completedClean(LOC.eastBed501_1.id, '2026-12-07T03:50:00.000Z') }]);
    await until(async () => expect(await bed(LOC.eastBed501_1.id)).toMatchObject({ status: 'UNOCCUPIED', source: 'CLEANING', precautions: [] }));

    const changes = await platform.query<{ data: any }>('org', `SELECT data FROM outbox_event WHERE key = $1 AND type = 'org.bed-status.changed.v1' ORDER BY seq`, [
      LOC.eastBed501_1.id,
    ]);
    expect(changes.map((c) => `${c.data.previousStatus}→${c.data.status}`)).toEqual([
      'UNOCCUPIED→ISOLATED',
      'ISOLATED→HOUSEKEEPING',
      'HOUSEKEEPING→ISOLATED',
      'ISOLATED→HOUSEKEEPING',
      'HOUSEKEEPING→UNOCCUPIED',
    ]);
  });

  it('moves both beds of a transfer, and ignores a late event older than the bed’s status', async () => {
    const e2 = uuidv7();
    await publishEvents(platform, 'his', [{ contract: EncounterAdmittedV1, key: e2, data: { ...encounter(e2, '2026-12-07T04:00:00.000Z'), locationId: LOC.eastBed501_2.id } }]);
    await until(async () => expect(await bed(LOC.eastBed501_2.id)).toMatchObject({ status: 'OCCUPIED' }));
    const moved = { ...encounter(e2, '2026-12-07T05:00:00.000Z'), locationId: LOC.eastBed502_1.id, previousLocationId: LOC.eastBed501_2.id };
    // The late one first on the topic would be the wrong test: Kafka keeps a key's order, time is what reorders.
    await publishEvents(platform, 'his', [
      { contract: EncounterTransferredV1, key: e2, data: moved },
      { contract: EncounterAdmittedV1, key: e2, data: { ...encounter(e2, '2026-12-07T03:30:00.000Z'), locationId: LOC.eastBed502_1.id } },
    ]);
    await until(async () => {
      expect(await bed(LOC.eastBed501_2.id)).toMatchObject({ status: 'HOUSEKEEPING' });
      expect(await bed(LOC.eastBed502_1.id)).toMatchObject({ status: 'OCCUPIED', since: '2026-12-07T05:00:00.000Z' });
    });
  });

  it('lets campus staff close and reopen an empty bed (audited with the reason), never an occupied one', async () => {
    const closed = (await data(eastAdmin, SET, { input: { bedId: LOC.eastBed501_1.id, status: 'CLOSED', reason: '呼叫器维修' } })).setBedStatus;
    expect(closed).toEqual({ bed: { id: LOC.eastBed501_1.id }, status: 'CLOSED', source: 'STAFF' });
    const [audit] = await platform.query<{ after: any }>('org', `SELECT after FROM audit_entry WHERE action = 'bed-status.set' AND entity_id = $1`, [LOC.eastBed501_1.id]);
    expect(audit.after).toMatchObject({ status: 'CLOSED', reason: '呼叫器维修' });
    expect((await data(eastAdmin, SET, { input: { bedId: LOC.eastBed501_1.id, status: 'UNOCCUPIED', reason: '维修完成' } })).setBedStatus.status).toBe('UNOCCUPIED');

    const before = await platform.query('org', `SELECT count(*)::int AS n FROM outbox_event`);
    const occupied = await call(eastAdmin, SET, { input: { bedId: LOC.eastBed502_1.id, status: 'CLOSED', reason: '试图停用' } });
    expect(errorCode(occupied)).toBe('BED_STATUS_CHANGE_REFUSED');
    expect(occupied.errors?.[0].message).toBe('床位当前为“占用”，不能手工改为“停用”（占用与出院由 HIS 决定）');
    expect(errorCode(await call(eastAdmin, SET, { input: { bedId: LOC.eastRoom501.id, status: 'CLOSED', reason: '房间' } }))).toBe('BED_STATUS_NOT_A_BED');
    expect(errorCode(await call(nurse, SET, { input: { bedId: LOC.eastBed501_2.id, status: 'CLOSED', reason: '护士' } }))).toBe('FORBIDDEN');
    expect(await platform.query('org', `SELECT count(*)::int AS n FROM outbox_event`)).toEqual(before);
  });

  it('shows a West admin none of East’s wards or beds', async () => {
    expect(errorCode(await call(westAdmin, BOARD, { wardId: LOC.eastWard5.id }))).toBe('NOT_FOUND');
    expect(errorCode(await call(westAdmin, SET, { input: { bedId: LOC.eastBed501_2.id, status: 'CLOSED', reason: '越权' } }))).toBe('NOT_FOUND');
    expect((await board(westAdmin, LOC.westWard3.id)).map((b) => b.status)).toEqual(['UNOCCUPIED', 'UNOCCUPIED']);
    expect(errorCode(await call(eastAdmin, BOARD, { wardId: LOC.eastRoom501.id }))).toBe('BED_BOARD_NOT_A_WARD');
  });
});

function completedClean(bedId: string, finishedAt: string) {
  return {
    cleaningTaskId: uuidv7(),
    number: 'BJ-E-20261207-0001',
    campusId: EAST,
    kind: 'TERMINAL' as const,
    priority: 'ROUTINE' as const,
    locationId: bedId,
    bedId,
    wardId: LOC.eastWard5.id,
    zoneId: null,
    riskLevel: 'HIGH' as const,
    cleanerId: null,
    occurredAt: finishedAt,
    startedAt: '2026-12-07T03:10:00.000Z',
    finishedAt,
    turnaroundMinutes: 50,
  };
}
