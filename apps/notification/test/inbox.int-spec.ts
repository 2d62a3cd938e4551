import { Identity, Role } from '@houqin/platform-auth';
import { errorCode, gatewayCaller, OrgFixture, TestPlatform } from '@houqin/platform-testing';

/** inboxes through the gateway, against a real Postgres and Kafka: scoping, bad input, the event. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');

const eastAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'west-admin', staffId: null, name: '西院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };
const analyst: Identity = { subject: 'analyst', staffId: null, name: '数据分析员', roles: [Role.ANALYST], campusIds: [] };

const CREATE = `mutation($input: CreateInboxInput!) { createInbox(input: $input) { id campusId name } }`;
const ONE = `query($id: ID!) { inbox(id: $id) { id name } }`;
const LIST = `{ inboxes(first: 10) { totalCount edges { node { id campusId name } } } }`;

describe('notification: inboxes', () => {
  let platform: TestPlatform;
  const gateway = gatewayCaller(() => platform);

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['notification'], gateway: true });
    await org.publishTo(platform, 'notification');
  });
  afterAll(() => platform?.stop());

  it('creates one on the caller’s campus, audited and announced in the same transaction', async () => {
    const { createInbox: created } = await gateway.data(eastAdmin, CREATE, { input: { campusId: EAST, name: '  东院一号 ' } });
    expect(created).toEqual({ id: expect.any(String), campusId: EAST, name: '东院一号' });
    const [audit] = await platform.query('notification', `SELECT action, entity_id FROM audit_entry WHERE entity_id = $1`, [created.id]);
    expect(audit).toEqual({ action: 'inbox.create', entity_id: created.id });
    const [event] = await platform.query('notification', `SELECT type, key FROM outbox_event WHERE key = $1`, [created.id]);
    expect(event).toEqual({ type: 'notification.inbox.created.v1', key: created.id });
  });

  it('shows each campus only its own; group-wide readers see all', async () => {
    await gateway.data(westAdmin, CREATE, { input: { campusId: WEST, name: '西院一号' } });
    const east = await gateway.data(eastAdmin, LIST);
    expect(east.inboxes.edges.map((e: any) => e.node.campusId)).toEqual([EAST]);
    const all = await gateway.data(analyst, LIST);
    expect(all.inboxes.totalCount).toBe(2);
    const westOne = all.inboxes.edges.find((e: any) => e.node.campusId === WEST).node;
    expect(errorCode(await gateway.call(eastAdmin, ONE, { id: westOne.id }))).toBe('NOT_FOUND');
  });

  it('refuses bad input with a typed, translated error and writes nothing', async () => {
    const before = await platform.query<{ n: number }>('notification', `SELECT count(*)::int AS n FROM inbox`);
    expect(errorCode(await gateway.call(eastAdmin, CREATE, { input: { campusId: EAST, name: '东院一号' } }))).toBe('INBOX_NAME_TAKEN');
    expect(errorCode(await gateway.call(eastAdmin, CREATE, { input: { campusId: WEST, name: '越权' } }))).toBe('FORBIDDEN');
    expect(errorCode(await gateway.call(analyst, CREATE, { input: { campusId: EAST, name: '只读' } }))).toBe('FORBIDDEN');
    const english = await gateway.call(eastAdmin, CREATE, { input: { campusId: EAST, name: ' ' } }, 'en');
    expect(english.errors?.[0]).toMatchObject({ message: 'name must not be empty', extensions: { code: 'TEXT_REQUIRED' } });
    expect(await platform.query('notification', `SELECT count(*)::int AS n FROM inbox`)).toEqual(before);
  });
});
