import { Identity, Role } from '@houqin/platform-auth';
import { TestPlatform } from '@houqin/platform-testing';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Trusted documents (docs/architecture.md, Security): with TRUSTED_DOCUMENTS_PATH set, the gateway runs the
 * manifest's operations by hash or documentId, and ad-hoc queries only for ANALYST and GROUP_ADMIN, within
 * the query limits. Real gateway in front of a real org process; refusals call no subgraph.
 */
describe('gateway trusted documents', () => {
  let platform: TestPlatform;
  const dir = mkdtempSync(join(tmpdir(), 'houqin-trusted-'));
  const GROUP = '{ hospitalGroup { id name } }';
  const id = createHash('sha256').update(GROUP).digest('hex');
  const requester: Identity = { subject: 'trusted:requester', staffId: null, name: '王丽', roles: [Role.REQUESTER], campusIds: [] };
  const analyst: Identity = { subject: 'trusted:analyst', staffId: null, name: '分析员', roles: [Role.ANALYST], campusIds: [] };

  beforeAll(async () => {
    const manifest = join(dir, 'manifest.json');
    writeFileSync(manifest, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id, name: null, type: 'query', body: GROUP }] }));
    platform = await TestPlatform.start({ services: ['org'], gateway: true, env: { gateway: { TRUSTED_DOCUMENTS_PATH: manifest } } });
  });
  afterAll(async () => {
    await platform?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const origin = () => platform.gatewayUrl.replace(/\/graphql$/, '');
  const subgraphCalls = async (): Promise<number> => {
    const text = await (await fetch(`${origin()}/metrics`)).text();
    return [...text.matchAll(/^houqin_gateway_subgraph_requests_total\{[^}]*\} (\d+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
  };
  const send = async (who: Identity, body: Record<string, unknown>) => {
    const before = await subgraphCalls();
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await platform.userToken(who)}` },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] };
    return { status: response.status, ...json, calls: (await subgraphCalls()) - before };
  };

  it('runs a manifest operation by its hash, by documentId, or sent in full', async () => {
    for (const body of [{ extensions: { persistedQuery: { version: 1, sha256Hash: id } } }, { documentId: `sha256:${id}` }, { query: GROUP }]) {
      const response = await send(requester, body);
      expect(response.errors).toBeUndefined();
      expect(response.data).toHaveProperty('hospitalGroup');
      expect(response.calls).toBe(1);
    }
  });

  it('refuses unknown documents and other roles’ ad-hoc queries before any subgraph call', async () => {
    const unknown = await send(requester, { documentId: 'sha256:' + '0'.repeat(64) });
    expect(unknown).toMatchObject({ status: 400, calls: 0 });
    expect(unknown.errors?.[0].extensions?.code).toBe('TRUSTED_DOCUMENT_NOT_FOUND');
    const adHoc = await send(requester, { query: '{ hospitalGroup { id } }' });
    expect(adHoc).toMatchObject({ status: 400, calls: 0 });
    expect(adHoc.errors?.[0].extensions?.code).toBe('OPERATION_NOT_TRUSTED');
  });

  it('lets an analyst send ad-hoc queries within the cost budget', async () => {
    const adHoc = await send(analyst, { query: '{ hospitalGroup { id } }' });
    expect(adHoc.errors).toBeUndefined();
    expect(adHoc.calls).toBe(1);
    const costly = await send(analyst, { query: '{ campuses(first: 100) { edges { node { buildings(first: 100) { edges { node { id } } } } } } }' });
    expect(costly).toMatchObject({ status: 400, calls: 0 });
    expect(costly.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
  });
});
