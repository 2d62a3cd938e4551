import { Identity, Role } from '@houqin/platform-auth';
import { eventually, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';

/**
 * Two things the event path and the N+1 benchmark rely on, on a real org service: a commit that writes outbox rows
 * wakes the relay by itself (the table's trigger NOTIFYs; the relay's poll is set to ten minutes here, so nothing
 * else could), and `/metrics` counts a GraphQL request's SQL statements exactly, leaving out the relay's.
 */
const admin: Identity = { subject: 'count:group-admin', staffId: null, name: '集团管理员', roles: [Role.GROUP_ADMIN], campusIds: [] };
const READ = `{ campuses(first: 5) { edges { node { code name } } } }`;

describe('outbox wake-up and per-request statement counts', () => {
  let platform: TestPlatform;
  const { call } = subgraphCaller(() => platform, 'org');
  const metrics = async () => {
    const text = await (await fetch(`${platform.process('org').url}/metrics`)).text();
    const value = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
    return { all: value('houqin_sql_statements_total'), requests: value('houqin_graphql_sql_statements_total') };
  };

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['org'], env: { org: { OUTBOX_POLL_INTERVAL_MS: '600000' } } });
    expect((await call(admin, `mutation { createCampus(input: { code: "EAST", name: "东院" }) { id } }`)).errors).toBeUndefined();
  });
  afterAll(() => platform?.stop());

  it('relays a row committed by another connection at once, and counts none of the relay statements as a request', async () => {
    const before = await metrics();
    // Written by the test's own connection, as another replica would: only the notification can tell this relay.
    const id = randomUUID();
    await platform.query(
      'org',
      `INSERT INTO outbox_event (id, topic, key, type, source, subject, time, data) VALUES ($1::uuid, 'org.campus.v1', $1::text, 'houqin.test.v1', 'houqin/test', NULL, now(), '{}')`,
      [id],
    );
    await eventually(
      async () => ((await platform.query('org', 'SELECT 1 FROM outbox_event WHERE id = $1 AND sent_at IS NOT NULL', [id])).length ? true : undefined),
      60_000,
      'the row relayed',
    );
    const after = await metrics();
    expect(after.all).toBeGreaterThan(before.all);
    expect(after.requests).toBe(before.requests);
  });

  it('counts the same statements for the same query every time', async () => {
    const counts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const before = (await metrics()).requests;
      expect((await call(admin, READ)).errors).toBeUndefined();
      counts.push((await metrics()).requests - before);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });
});
