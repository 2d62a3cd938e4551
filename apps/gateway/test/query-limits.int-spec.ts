import { Identity, Role } from '@houqin/platform-auth';
import { TestPlatform } from '@houqin/platform-testing';
import { parse } from 'graphql';

/**
 * The gateway's query and body limits (docs/architecture.md, Security), through the real gateway in front of
 * real org and maintenance processes: each limit just under (runs, reaches a subgraph) and just over (refused
 * with its code, HTTP 400, and no subgraph called: the gateway's own count of subgraph requests,
 * GET /metrics, does not move).
 */
describe('gateway query and request limits', () => {
  let platform: TestPlatform;
  const admin: Identity = { subject: 'limits:group-admin', staffId: null, name: '集团管理员', roles: [Role.GROUP_ADMIN], campusIds: [] };
  const origin = () => platform.gatewayUrl.replace(/\/graphql$/, '');

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['org', 'maintenance'], gateway: true });
  });
  afterAll(() => platform?.stop());

  const subgraphCalls = async (): Promise<number> => {
    const text = await (await fetch(`${origin()}/metrics`)).text();
    return [...text.matchAll(/^houqin_gateway_subgraph_requests_total\{[^}]*\} (\d+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
  };

  const post = async (path: string, body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${origin()}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await platform.userToken(admin)}`, ...headers },
      body,
    });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] } };
  };

  /** Sends `query`; returns the response and how many subgraph requests it caused. */
  const send = async (query: string, variables: Record<string, unknown> = {}, path = '/graphql') => {
    const before = await subgraphCalls();
    const response = await post(path, JSON.stringify({ query, variables }));
    return { ...response, calls: (await subgraphCalls()) - before };
  };

  const expectRefused = (response: Awaited<ReturnType<typeof send>>, code: string, status = 400) => {
    expect(response.status).toBe(status);
    expect(response.calls).toBe(0);
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors?.[0].extensions).toMatchObject({ code, messages: { 'zh-CN': expect.any(String), en: expect.any(String) } });
    expect(response.text).not.toMatch(/stacktrace|\bat .*\.(ts|js):\d+/i);
  };

  const expectRan = (response: Awaited<ReturnType<typeof send>>) => {
    expect(response.body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(response.calls).toBeGreaterThan(0);
  };

  it('limits aliases (15)', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: hospitalGroup { id }`).join(' ')} }`;
    expectRan(await send(aliases(15)));
    expectRefused(await send(aliases(16)), 'QUERY_TOO_MANY_ALIASES');
  });

  it('limits directives (50)', async () => {
    const directives = (pairs: number, extra = '') => `{ hospitalGroup { ${'id @include(if: true) @skip(if: false) '.repeat(pairs)} ${extra} } }`;
    expectRan(await send(directives(25)));
    expectRefused(await send(directives(25, 'name @include(if: true)')), 'QUERY_TOO_MANY_DIRECTIVES');
  });

  it('limits tokens (1000), in the parser', async () => {
    // The largest `{ hospitalGroup { id id … } }` the parser takes at 1000 tokens, and one more field.
    const ids = (n: number) => `{ hospitalGroup { ${'id '.repeat(n)}} }`;
    let n = 1;
    while ((() => { try { parse(ids(n + 1), { maxTokens: 1000 }); return true; } catch { return false; } })()) n++; // prettier-ignore
    expectRan(await send(ids(n)));
    expectRefused(await send(ids(n + 1)), 'QUERY_TOO_LONG');
  });

  it('limits depth (6, connection edges/node not counted)', async () => {
    const level = (inner: string) => `buildings(first: 1) { edges { node { campus { ${inner} } } } }`;
    // campuses 1, buildings 2, campus 3, buildings 4, campus 5, id 6
    const six = `{ campuses(first: 1) { edges { node { ${level(level('id'))} } } } }`;
    expectRan(await send(six));
    const seven = `{ campuses(first: 1) { edges { node { ${level(level('buildings(first: 1) { totalCount }'))} } } } }`;
    expectRefused(await send(seven), 'QUERY_TOO_COMPLEX');
  });

  it('limits cost (5000) with page sizes from first, variables included', async () => {
    // 1 + 100 × (edges + node + buildings + n × (edges + node + id)) = 1 + 100 × (3 + 3n)
    const query = `query($n: Int) { campuses(first: 100) { edges { node { buildings(first: $n) { edges { node { id } } } } } } }`;
    expectRan(await send(query, { n: 15 })); // 4801
    const over = await send(query, { n: 16 }); // 5101
    expectRefused(over, 'QUERY_TOO_COSTLY');
    expect(over.body.errors?.[0].extensions?.params).toEqual({ cost: 5101, max: 5000 });
    // Verdicts are kept per document and page sizes: the same text with the smaller page still runs, the larger still fails.
    expectRan(await send(query, { n: 15 }));
    expectRefused(await send(query, { n: 16 }), 'QUERY_TOO_COSTLY');
  });

  it('limits /graphql bodies to 256 KB', async () => {
    const body = (size: number) => {
      const shell = JSON.stringify({ query: '{ hospitalGroup { id } }', variables: { pad: '' } });
      return JSON.stringify({ query: '{ hospitalGroup { id } }', variables: { pad: 'x'.repeat(size - shell.length) } });
    };
    expect(body(256 * 1024)).toHaveLength(256 * 1024);
    const before = await subgraphCalls();
    expect((await post('/graphql', body(256 * 1024))).status).toBe(200);
    expect((await subgraphCalls()) - before).toBe(1);
    const refused = await post('/graphql', body(256 * 1024 + 1), { 'accept-language': 'zh-CN' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]).toMatchObject({ message: '请求体过大（最多 256 KB）', extensions: { code: 'REQUEST_TOO_LARGE', params: { maxKb: 256 } } });
    expect((await subgraphCalls()) - before).toBe(1);
  });

  it('takes a 5 MB photo on /graphql/upload, only for the upload mutations', async () => {
    const ATTACH = 'mutation($i: AttachPhotoInput!) { attachPhoto(input: $i) { id } }';
    // A 5 MB JPEG, base64 (about 6.7 MB): forwarded to maintenance, which answers for the (unknown) work order.
    const photo = Buffer.alloc(5 * 1024 * 1024, 0x20);
    photo.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    const variables = { i: { workOrderId: '01890000-0000-7000-8000-000000000000', contentType: 'image/jpeg', base64: photo.toString('base64') } };
    const accepted = await send(ATTACH, variables, '/graphql/upload');
    expect(accepted.calls).toBe(1);
    expect(accepted.body.errors?.[0].extensions?.code).not.toMatch(/REQUEST_TOO_LARGE|UPLOAD_OPERATION_NOT_ALLOWED|INTERNAL/);
    // The same body on /graphql is over its limit; other operations are refused on /graphql/upload.
    expectRefused({ ...(await send(ATTACH, variables)), calls: 0 }, 'REQUEST_TOO_LARGE');
    expectRefused(await send('{ hospitalGroup { id } }', {}, '/graphql/upload'), 'UPLOAD_OPERATION_NOT_ALLOWED');
    expectRefused(
      await send(`mutation($i: AttachPhotoInput!) { attachPhoto(input: $i) { id } } query Q { hospitalGroup { id } }`, variables, '/graphql/upload'),
      'UPLOAD_OPERATION_NOT_ALLOWED',
    );
    const tooLarge = JSON.stringify({ query: ATTACH, variables: { i: { ...variables.i, base64: 'A'.repeat(8 * 1024 * 1024) } } });
    const before = await subgraphCalls();
    const refused = await post('/graphql/upload', tooLarge);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'REQUEST_TOO_LARGE', params: { maxKb: 8192 } });
    expect(await subgraphCalls()).toBe(before);
  });

  it('gives no field suggestions with introspection off, and refuses batches', async () => {
    const typo = await send('{ hospitalGroup { nam } }');
    expect(typo.status).toBe(400);
    expect(typo.calls).toBe(0);
    expect(typo.text).not.toMatch(/Did you mean/i);
    expect(typo.text).not.toContain('"name"');
    expectRefused(await send('{ __schema { types { name } } }'), 'INVALID_INPUT');

    const before = await subgraphCalls();
    const batch = await post('/graphql', JSON.stringify([{ query: '{ hospitalGroup { id } }' }, { query: '{ hospitalGroup { name } }' }]));
    expect(batch.status).toBe(400);
    expect(batch.text).not.toContain('"data"');
    expect(await subgraphCalls()).toBe(before);
  });
});
