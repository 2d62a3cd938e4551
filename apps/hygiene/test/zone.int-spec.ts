import { Identity, Role } from '@houqin/platform-auth';
import { errorCode, gatewayCaller, OrgFixture, TestPlatform } from '@houqin/platform-testing';

/** zones through the gateway, against a real Postgres and Kafka: scoping, bad input, the event. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const ICU = org.location(EAST, { name: '重症监护室', kind: 'WARD' });
const WEST_LOBBY = org.location(WEST, { name: '门诊大厅', kind: 'AREA' });

const eastAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'west-admin', staffId: null, name: '西院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };
const analyst: Identity = { subject: 'analyst', staffId: null, name: '数据分析员', roles: [Role.ANALYST], campusIds: [] };

const CREATE = `mutation($input: CreateZoneInput!) { createZone(input: $input) { id campusId name riskLevel standard { roundsPerDay chlorineMgPerL } } }`;
const ONE = `query($id: ID!) { zone(id: $id) { id name } }`;
const LIST = `{ zones(first: 10) { totalCount edges { node { id campusId name } } } }`;

describe('hygiene: zones', () => {
  let platform: TestPlatform;
  const gateway = gatewayCaller(() => platform);

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['hygiene'], gateway: true });
    await org.publishTo(platform, 'hygiene');
  });
  afterAll(() => platform?.stop());

  it('creates one on the caller’s campus, audited and announced in the same transaction', async () => {
    const { createZone: created } = await gateway.data(eastAdmin, CREATE, { input: { campusId: EAST, name: '  东院一号 ', kind: 'ICU', locationIds: [ICU] } });
    expect(created).toEqual({ id: expect.any(String), campusId: EAST, name: '东院一号', riskLevel: 'HIGH', standard: { roundsPerDay: 3, chlorineMgPerL: 1000 } });
    const [audit] = await platform.query('hygiene', `SELECT action, entity_id FROM audit_entry WHERE entity_id = $1`, [created.id]);
    expect(audit).toEqual({ action: 'zone.create', entity_id: created.id });
    const [event] = await platform.query('hygiene', `SELECT type, key FROM outbox_event WHERE key = $1`, [created.id]);
    expect(event).toEqual({ type: 'hygiene.zone.created.v1', key: created.id });
  });

  it('shows each campus only its own; group-wide readers see all', async () => {
    await gateway.data(westAdmin, CREATE, { input: { campusId: WEST, name: '西院一号', kind: 'PUBLIC_AREA', locationIds: [WEST_LOBBY] } });
    const east = await gateway.data(eastAdmin, LIST);
    expect(east.zones.edges.map((e: any) => e.node.campusId)).toEqual([EAST]);
    const all = await gateway.data(analyst, LIST);
    expect(all.zones.totalCount).toBe(2);
    const westOne = all.zones.edges.find((e: any) => e.node.campusId === WEST).node;
    expect(errorCode(await gateway.call(eastAdmin, ONE, { id: westOne.id }))).toBe('NOT_FOUND');
  });

  it('refuses bad input with a typed, translated error and writes nothing', async () => {
    const before = await platform.query<{ n: number }>('hygiene', `SELECT count(*)::int AS n FROM zone`);
    expect(errorCode(await gateway.call(eastAdmin, CREATE, { input: { campusId: EAST, name: '东院一号', kind: 'ICU', locationIds: [] } }))).toBe('ZONE_NAME_TAKEN');
    expect(errorCode(await gateway.call(eastAdmin, CREATE, { input: { campusId: WEST, name: '越权', kind: 'OFFICE', locationIds: [] } }))).toBe('FORBIDDEN');
    expect(errorCode(await gateway.call(analyst, CREATE, { input: { campusId: EAST, name: '只读', kind: 'OFFICE', locationIds: [] } }))).toBe('FORBIDDEN');
    expect(errorCode(await gateway.call(eastAdmin, CREATE, { input: { campusId: EAST, name: '降级', kind: 'ICU', riskLevel: 'LOW', locationIds: [] } }))).toBe('ZONE_RISK_BELOW_KIND');
    const taken = await gateway.call(eastAdmin, CREATE, { input: { campusId: EAST, name: '重复', kind: 'ICU', locationIds: [ICU] } });
    expect(taken.errors?.[0]).toMatchObject({ message: '位置“重症监护室”已属于保洁区域“东院一号”', extensions: { code: 'ZONE_LOCATION_TAKEN' } });
    expect(errorCode(await gateway.call(eastAdmin, CREATE, { input: { campusId: EAST, name: '跨院', kind: 'OFFICE', locationIds: [WEST_LOBBY] } }))).toBe('REFERENCE_MISMATCH');
    const english = await gateway.call(eastAdmin, CREATE, { input: { campusId: EAST, name: ' ', kind: 'OFFICE', locationIds: [] } }, 'en');
    expect(english.errors?.[0]).toMatchObject({ message: 'name must not be empty', extensions: { code: 'TEXT_REQUIRED' } });
    expect(await platform.query('hygiene', `SELECT count(*)::int AS n FROM zone`)).toEqual(before);
  });
});
