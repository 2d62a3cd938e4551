import { parseDemoTokens, seedContext } from './demo-seed';

describe('demo seed context', () => {
  it('reads the demo tokens as login → token, none when unset', () => {
    expect(parseDemoTokens(undefined)).toEqual({});
    expect(parseDemoTokens('{"east-head":"t1","east-nurse":"t2"}')).toEqual({ 'east-head': 't1', 'east-nurse': 't2' });
    for (const bad of ['["t1"]', '{"east-head":1}', 'null']) expect(() => parseDemoTokens(bad)).toThrow('HOUQIN_DEMO_TOKENS');
  });

  it('sends as the named login, and names a login it has no token for', async () => {
    const sent: { authorization: string | null; body: string }[] = [];
    const fetchBefore = global.fetch;
    global.fetch = (async (_url: string, init: RequestInit) => {
      sent.push({ authorization: new Headers(init.headers).get('authorization'), body: String(init.body) });
      return new Response(JSON.stringify({ data: { ok: true } }));
    }) as typeof fetch;
    try {
      const context = seedContext('http://gateway/graphql', 'seed-token', { 'east-head': 'head-token' });
      expect(await context.send('{ ok }')).toEqual({ ok: true });
      expect(await context.as('east-head')('mutation { ok }', { id: 1 })).toEqual({ ok: true });
      expect(sent.map((s) => s.authorization)).toEqual(['Bearer seed-token', 'Bearer head-token']);
      expect(JSON.parse(sent[1].body)).toEqual({ query: 'mutation { ok }', variables: { id: 1 } });
      expect(() => context.as('east-materials')).toThrow('no demo token for east-materials');
    } finally {
      global.fetch = fetchBefore;
    }
  });
});
