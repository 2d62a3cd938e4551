import { HygieneRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { chinaMonth } from '@houqin/platform-calendar';
import { errorCode, gatewayCaller, OrgFixture, TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';
import { defaultSheet } from '../src/inspection/default-sheets';
import { ZoneKind } from '../src/zone/zone-kind';

/** Inspections through the gateway, against a real Postgres and Kafka: scoring, failed items' events, scoping, bad input, monthly scores. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const ROOM_1 = org.location(EAST, { name: '5病区 1号病房', kind: 'ROOM' });
const ROOM_2 = org.location(EAST, { name: '5病区 护士站', kind: 'ROOM' });
const WEST_ROOM = org.location(WEST, { name: '西院 3病区', kind: 'ROOM' });
const EAST_ZONE = randomUUID();
const WEST_ZONE = randomUUID();

const eastAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'west-admin', staffId: null, name: '西院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };
const eastInfection: Identity = { subject: 'east-ic', staffId: null, name: '东院院感科', roles: [HygieneRole.INFECTION_CONTROL], campusIds: [EAST] };
const nurse: Identity = { subject: 'nurse', staffId: null, name: '护士', roles: [Role.REQUESTER], campusIds: [EAST] };
const analyst: Identity = { subject: 'analyst', staffId: null, name: '数据分析员', roles: [Role.ANALYST], campusIds: [] };

const SET_SHEET = `mutation($input: SetInspectionSheetInput!) { setInspectionSheet(input: $input) { id zoneKind passScore items { key kind maxRlu minClearancePercent } } }`;
const RECORD = `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) {
  id campusId zoneId contractorId score passed failedItems photoKeys
  items { itemKey passed finding rlu marked removed locationId remedy repairCategory } } }`;
const LIST = `{ inspections(first: 20) { totalCount edges { node { id campusId score } } } }`;
const ONE = `query($id: ID!) { inspection(id: $id) { id } }`;
const CREATE_CONTRACTOR = `mutation($input: CreateContractorInput!) { createContractor(input: $input) { id } }`;
const ZONE_SCORES = `query($month: String!) { zoneMonthlyInspectionScores(month: $month) { zoneId zoneName inspections averageScore passed failedItems } }`;
const CONTRACTOR_SCORES = `query($month: String!) { contractorMonthlyInspectionScores(month: $month) { contractorId contractorName inspections averageScore } }`;

const ward = defaultSheet(ZoneKind.WARD);
/** Every item of the default ward sheet passing, but for those given. */
const readings = (overrides: Record<string, object> = {}) =>
  ward.items.map((item) => ({
    itemKey: item.key,
    ...(item.kind === 'ATP' ? { rlu: 120 } : item.kind === 'FLUORESCENT' ? { marked: 10, removed: 10 } : { ok: true }),
    ...overrides[item.key],
  }));

describe('hygiene: inspections', () => {
  let platform: TestPlatform;
  const gateway = gatewayCaller(() => platform);
  let contractorId: string;
  const counts = async () =>
    (
      await platform.query<{ n: string }>(
        'hygiene',
        `SELECT (SELECT count(*) FROM inspection) || '/' || (SELECT count(*) FROM inspection_item_result) || '/' || (SELECT count(*) FROM outbox_event) AS n`,
      )
    )[0].n;

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['hygiene'], gateway: true });
    await org.publishTo(platform, 'hygiene');
    // Zones are the zone feature's; written directly so these tests do not depend on its mutations.
    for (const [id, campusId, name, locations] of [
      [EAST_ZONE, EAST, '5病区', [ROOM_1, ROOM_2]],
      [WEST_ZONE, WEST, '西院3病区', [WEST_ROOM]],
    ] as const) {
      await platform.query(
        'hygiene',
        `INSERT INTO zone (id, campus_id, name, kind, risk_level, location_ids, active, created_at, created_by) VALUES ($1, $2, $3, 'WARD', 'MEDIUM', $4, true, now(), 'test')`,
        [id, campusId, name, locations],
      );
    }
    for (const [who, campusId] of [
      [eastAdmin, EAST],
      [westAdmin, WEST],
    ] as const) {
      await gateway.data(who, SET_SHEET, { input: { campusId, zoneKind: 'WARD', ...ward } });
    }
    ({
      createContractor: { id: contractorId },
    } = await gateway.data(eastAdmin, CREATE_CONTRACTOR, {
      input: { campusId: EAST, name: '洁康保洁', kind: 'CLEANING', zoneIds: [EAST_ZONE] },
    }));
  });
  afterAll(() => platform?.stop());

  it('sets a score sheet with typed ATP and fluorescent items', async () => {
    const { setInspectionSheet: sheet } = await gateway.data(eastInfection, SET_SHEET, { input: { campusId: EAST, zoneKind: 'WARD', ...ward } });
    expect(sheet.items.filter((i: any) => i.kind !== 'CHECK')).toEqual([
      { key: 'atp-high-touch', kind: 'ATP', maxRlu: 500, minClearancePercent: null },
      { key: 'fluorescent-marks', kind: 'FLUORESCENT', maxRlu: null, minClearancePercent: 80 },
    ]);
    const [event] = await platform.query('hygiene', `SELECT type FROM outbox_event WHERE key = $1 ORDER BY seq DESC LIMIT 1`, [sheet.id]);
    expect(event).toEqual({ type: 'hygiene.inspection.sheet-set.v1' });
  });

  it('scores an inspection, charges it to the zone’s contractor and announces each failed item with its remedy', async () => {
    const { recordInspection: inspection } = await gateway.data(eastInfection, RECORD, {
      input: {
        zoneId: EAST_ZONE,
        photoKeys: ['hygiene/inspections/ward5-1.jpg'],
        items: readings({
          'atp-high-touch': { rlu: 820, locationId: ROOM_1, remedy: 'CLEANING' },
          'bed-unit': { ok: false, locationId: ROOM_2, remedy: 'REPAIR', repairCategory: 'plumbing', note: '洗手池龙头漏水' },
        }),
      },
    });
    expect(inspection).toMatchObject({
      campusId: EAST,
      zoneId: EAST_ZONE,
      contractorId,
      score: 70,
      passed: false,
      failedItems: 2,
      photoKeys: ['hygiene/inspections/ward5-1.jpg'],
    });
    expect(inspection.items.filter((i: any) => !i.passed)).toEqual([
      {
        itemKey: 'atp-high-touch',
        passed: false,
        finding: 'ATP 820 RLU，限值 500 RLU',
        rlu: 820,
        marked: null,
        removed: null,
        locationId: ROOM_1,
        remedy: 'CLEANING',
        repairCategory: null,
      },
      {
        itemKey: 'bed-unit',
        passed: false,
        finding: '不合格',
        rlu: null,
        marked: null,
        removed: null,
        locationId: ROOM_2,
        remedy: 'REPAIR',
        repairCategory: 'PLUMBING',
      },
    ]);
    const [audit] = await platform.query('hygiene', `SELECT action FROM audit_entry WHERE entity_id = $1`, [inspection.id]);
    expect(audit).toEqual({ action: 'inspection.record' });
    const events = await platform.query<{ type: string; data: any }>('hygiene', `SELECT type, data FROM outbox_event WHERE key = $1 ORDER BY seq`, [
      inspection.id,
    ]);
    expect(events.map((e) => e.type)).toEqual(['hygiene.inspection.recorded.v1', 'hygiene.inspection.item-failed.v1', 'hygiene.inspection.item-failed.v1']);
    expect(events[2].data).toMatchObject({
      inspectionId: inspection.id,
      campusId: EAST,
      zoneId: EAST_ZONE,
      zoneName: '5病区',
      riskLevel: 'MEDIUM',
      locationId: ROOM_2,
      itemKey: 'bed-unit',
      remedy: 'REPAIR',
      repairCategory: 'PLUMBING',
      note: '洗手池龙头漏水',
    });
  });

  it('shows each campus only its own inspections', async () => {
    await gateway.data(westAdmin, RECORD, { input: { zoneId: WEST_ZONE, items: readings() } });
    const east = await gateway.data(eastAdmin, LIST);
    expect(east.inspections.edges.map((e: any) => e.node.campusId)).toEqual([EAST]);
    const all = await gateway.data(analyst, LIST);
    expect(all.inspections.totalCount).toBe(2);
    const westOne = all.inspections.edges.find((e: any) => e.node.campusId === WEST).node;
    expect(errorCode(await gateway.call(eastAdmin, ONE, { id: westOne.id }))).toBe('NOT_FOUND');
    expect(errorCode(await gateway.call(eastAdmin, RECORD, { input: { zoneId: WEST_ZONE, items: readings() } }))).toBe('NOT_FOUND');
  });

  it('refuses bad input with a typed, translated error and writes nothing', async () => {
    const before = await counts();
    const failed = readings({ 'fluorescent-marks': { marked: 10, removed: 5 } });
    const english = await gateway.call(eastInfection, RECORD, { input: { zoneId: EAST_ZONE, items: failed } }, 'en');
    expect(english.errors?.[0]).toMatchObject({
      message: 'The failed item "荧光标记清除" needs a remedy (cleaning or repair)',
      extensions: { code: 'INSPECTION_REMEDY_REQUIRED' },
    });
    const elsewhere = readings({ floor: { ok: false, locationId: WEST_ROOM, remedy: 'CLEANING' } });
    expect(errorCode(await gateway.call(eastInfection, RECORD, { input: { zoneId: EAST_ZONE, items: elsewhere } }))).toBe('INSPECTION_LOCATION_OUTSIDE_ZONE');
    const atpAsCheck = readings({ 'atp-high-touch': { rlu: null, ok: true } });
    expect(errorCode(await gateway.call(eastInfection, RECORD, { input: { zoneId: EAST_ZONE, items: atpAsCheck } }))).toBe('INSPECTION_READING_MISMATCH');
    expect(errorCode(await gateway.call(nurse, RECORD, { input: { zoneId: EAST_ZONE, items: readings() } }))).toBe('FORBIDDEN');
    expect(await counts()).toBe(before);
  });

  it('sums the month per zone and per cleaning contractor', async () => {
    await gateway.data(eastAdmin, RECORD, { input: { zoneId: EAST_ZONE, items: readings() } });
    const month = chinaMonth(new Date());
    const east = await gateway.data(eastAdmin, ZONE_SCORES, { month });
    expect(east.zoneMonthlyInspectionScores).toEqual([{ zoneId: EAST_ZONE, zoneName: '5病区', inspections: 2, averageScore: 85, passed: 1, failedItems: 2 }]);
    const byContractor = await gateway.data(analyst, CONTRACTOR_SCORES, { month });
    expect(byContractor.contractorMonthlyInspectionScores).toEqual([{ contractorId, contractorName: '洁康保洁', inspections: 2, averageScore: 85 }]);
    expect(errorCode(await gateway.call(eastAdmin, ZONE_SCORES, { month: '2026-13' }))).toBe('INVALID_INPUT');
  });
});
