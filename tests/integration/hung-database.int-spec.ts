import { Identity, Role } from '@houqin/platform-auth';
import { freePort, LocalPostgres, startPostgres } from '@houqin/platform-local-infra';
import { eventually, freezePostgres, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A database that stops answering, as a hung disk or a stalled failover looks: the org service's own PostgreSQL server
 * frozen with SIGSTOP (postmaster and backends). The service must answer fast and typed, change nothing, report itself
 * not ready while staying alive, and recover by itself once the server is thawed. Real processes throughout.
 */
const admin: Identity = { subject: 'xu', staffId: null, name: '许国平', roles: [Role.GROUP_ADMIN], campusIds: [] };
const UNAVAILABLE = {
  code: 'SERVICE_UNAVAILABLE',
  messages: { 'zh-CN': '服务暂时不可用，请稍后重试', en: 'The service is temporarily unavailable; please try again shortly' },
};
const POOL_SIZE = 4;

describe('a hung database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'houqin-hung-db-'));
  const dataDir = join(dir, 'pg');
  let postgres: LocalPostgres;
  let platform: TestPlatform;
  let thaw: (() => void) | null = null;
  const { call } = subgraphCaller(() => platform, 'org');
  const health = async (path: string) => {
    const response = await fetch(`${platform.process('org').url}/health/${path}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const createCampus = (code: string) =>
    call(admin, `mutation($i: CreateCampusInput!) { createCampus(input: $i) { id } }`, { i: { code, name: `${code} 院区` } });
  const READ = `{ campuses(first: 50) { edges { node { code } } } }`;
  const campusCodes = async () => ((await call(admin, READ)).data?.campuses.edges as { node: { code: string } }[]).map((edge) => edge.node.code).sort();

  beforeAll(async () => {
    postgres = await startPostgres({ dataDir, port: await freePort(), ephemeral: true });
    platform = await TestPlatform.start({
      services: ['org'],
      databaseServerUrl: postgres.serverUrl,
      // Short bounds keep the test quick; production defaults are 3 s to wait for a connection and 30 s per statement.
      env: { org: { DB_POOL_SIZE: String(POOL_SIZE), DB_CONNECT_TIMEOUT_MS: '1000', DB_STATEMENT_TIMEOUT_MS: '4000' } },
    });
  });
  afterAll(async () => {
    thaw?.();
    await platform?.stop();
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers SERVICE_UNAVAILABLE while frozen, writes nothing, and recovers without a restart', async () => {
    expect((await createCampus('EAST')).errors).toBeUndefined();
    expect(await health('ready')).toMatchObject({ status: 200, body: { database: 'up' } });

    thaw = freezePostgres(dataDir);
    // Liveness stays up (no restart loop); readiness says why it is not ready.
    expect(await health('live')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await health('ready')).toMatchObject({ status: 503, body: { status: 'unavailable', database: 'down', kafka: 'up' } });
    // Twice as many callers as the pool has connections, reads and writes: every one gets a typed answer, none hangs.
    const answers = await Promise.all(Array.from({ length: 2 * POOL_SIZE }, (_, n) => (n % 2 ? call(admin, READ) : createCampus(`W${n}`))));
    for (const answer of answers) {
      expect(answer.data?.campuses ?? answer.data?.createCampus ?? null).toBeNull();
      expect(answer.errors?.[0]).toMatchObject({ message: UNAVAILABLE.messages['zh-CN'], extensions: UNAVAILABLE });
    }
    thaw();
    thaw = null;

    // Ready again by itself, and the pool serves reads and writes: the refused creates left nothing behind.
    await eventually(async () => ((await health('ready')).status === 200 ? true : undefined), 60_000, 'org ready after the thaw');
    expect(await campusCodes()).toEqual(['EAST']);
    expect((await createCampus('SOUTH')).errors).toBeUndefined();
    expect(await campusCodes()).toEqual(['EAST', 'SOUTH']);
    expect(platform.log('org').match(/listening on/g)).toHaveLength(1);
  }, 300_000);
});
