import { Identity, Role } from '@houqin/platform-auth';
import { graphqlData, TestPlatform } from '@houqin/platform-testing';
import { randomBytes } from 'node:crypto';

/**
 * How the gateway calls subgraphs. The trace a caller starts continues through the subgraph into the events it writes.
 * A subgraph that stops answering (its process frozen with SIGSTOP, as a stalled node or a hung event loop looks):
 * the gateway gives each subgraph call a deadline, so a federated query still answers with the other subgraphs' data
 * and a typed SERVICE_UNAVAILABLE for the frozen one's fields, and the same query is whole again after the thaw.
 */
const admin: Identity = { subject: 'deadline:group-admin', staffId: null, name: '集团管理员', roles: [Role.GROUP_ADMIN], campusIds: [] };
const DEADLINE_MS = 1500;
const QUERY = `{ hospitalGroup { name } workOrders(first: 1) { totalCount } }`;

describe('the gateway calling subgraphs', () => {
  let platform: TestPlatform;
  let frozen: number | undefined;

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['org', 'maintenance'], gateway: true, env: { gateway: { SUBGRAPH_TIMEOUT_MS: String(DEADLINE_MS) } } });
  });
  afterAll(async () => {
    if (frozen) process.kill(frozen, 'SIGCONT');
    await platform?.stop();
  });

  const ask = async (language: string) => {
    const started = Date.now();
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': language, authorization: `Bearer ${await platform.userToken(admin)}` },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = (await response.json()) as { data?: { hospitalGroup: { name: string } | null; workOrders: { totalCount: number } | null }; errors?: any[] };
    return { status: response.status, body, elapsed: Date.now() - started };
  };

  it("continues the caller's trace into the subgraph and its events", async () => {
    const traceId = randomBytes(16).toString('hex');
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
        authorization: `Bearer ${await platform.userToken(admin)}`,
      },
      body: JSON.stringify({ query: `mutation { createCampus(input: { code: "TRACE", name: "追踪院区" }) { id } }` }),
    });
    const { data } = (await response.json()) as { data: { createCampus: { id: string } } };
    const [event] = await platform.query<{ traceparent: string }>('org', `SELECT traceparent FROM outbox_event WHERE key = $1`, [data.createCampus.id]);
    // The trace id is the caller's; the flags say whether this platform records spans (only with an exporter).
    expect(event.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-0[01]$`));
  });

  // The directory (org) frozen; work orders (maintenance) still answer. A nullable field of the frozen subgraph comes back
  // null with the error; a non-null one would null its parent, as GraphQL's null propagation always does.
  it("answers with the other subgraphs' data and SERVICE_UNAVAILABLE for the frozen one, then recovers", async () => {
    const whole = await ask('zh-CN');
    expect(whole.body.errors).toBeUndefined();
    expect(whole.body.data?.workOrders?.totalCount).toBe(0);
    expect(whole.body.data?.hospitalGroup).toBeNull(); // not set up: null, and no error

    frozen = platform.process('org').pid;
    process.kill(frozen!, 'SIGSTOP');
    for (const [language, message] of [
      ['zh-CN', '服务暂时不可用，请稍后重试'],
      ['en', 'The service is temporarily unavailable; please try again shortly'],
    ]) {
      const partial = await ask(language);
      expect(partial.status).toBe(200);
      expect(partial.body.data).toEqual({ hospitalGroup: null, workOrders: { totalCount: 0 } });
      expect(partial.body.errors).toHaveLength(1);
      expect(partial.body.errors?.[0]).toMatchObject({ message, extensions: { code: 'SERVICE_UNAVAILABLE', params: { subgraph: 'org' } } });
      // It waited out the deadline and answered: without one it would wait for the frozen subgraph, that is forever.
      expect(partial.elapsed).toBeGreaterThanOrEqual(DEADLINE_MS);
    }
    process.kill(frozen!, 'SIGCONT');
    frozen = undefined;

    // Thawed: the same query is whole again through the same gateway, no restart.
    const again = await graphqlData<{ hospitalGroup: null; workOrders: { totalCount: number } }>(platform.gatewayUrl, {
      query: QUERY,
      token: await platform.userToken(admin),
    });
    expect(again).toEqual({ hospitalGroup: null, workOrders: { totalCount: 0 } });
  }, 120_000);
});
