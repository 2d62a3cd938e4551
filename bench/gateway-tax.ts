import { freePort, ServiceProcess } from '@houqin/platform-local-infra';
import { ROOT, TestPlatform } from '@houqin/platform-testing';
import autocannon from 'autocannon';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eastCampus } from './east-campus';

const LIST_QUERY = `{ workOrders(first: 10) { edges { node { id number status priority sla { responseDueAt responseBreached } } } } }`;
const ROUNDS = 5;
const CELL_SECONDS = 5;

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
}

async function load(url: string, headers: Record<string, string>, connections: number, seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: LIST_QUERY }),
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`load run had ${result.non2xx} non-2xx and ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** Each figure's median over the rounds. */
function median(results: LoadResult[]): LoadResult {
  const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { rps: mid(results.map((r) => r.rps)), p50: mid(results.map((r) => r.p50)), p99: mid(results.map((r) => r.p99)) };
}

/** The baseline (bench/bare-gateway.ts) in front of the platform's subgraphs. */
async function startBareGateway(platform: TestPlatform): Promise<ServiceProcess> {
  const urls = Object.fromEntries((['org', 'maintenance', 'materials'] as const).map((name) => [name, platform.serviceUrl(name)]));
  const bare = new ServiceProcess({
    name: 'bare-gateway',
    root: ROOT,
    entry: 'bench/bare-gateway.ts',
    port: await freePort(),
    logFile: join(tmpdir(), `houqin-bench-bare-gateway-${process.pid}.log`),
    readyPath: '/health/live',
    env: { SUPERGRAPH_PATH: join(ROOT, 'apps', 'gateway', 'supergraph.graphql'), BARE_SUBGRAPH_URLS: JSON.stringify(urls) },
  });
  await bare.start();
  return bare;
}

/**
 * The gateway's tax: one small query direct to the maintenance subgraph, through a bare @apollo/gateway and through
 * ours, at concurrency 1 and 10. Rounds are interleaved so a shared machine's drift hits all three arms alike.
 */
export async function gatewayTax(platform: TestPlatform): Promise<string[]> {
  const campus = await eastCampus(platform);
  for (let i = 0; i < 10; i++) await campus.submit();
  const bare = await startBareGateway(platform);
  // A fresh token per cell: identities live 60 s.
  const arms = {
    direct: async () => ({ url: platform.serviceUrl('maintenance'), headers: { 'x-houqin-identity': await platform.identityToken(campus.admin) } }),
    bare: async () => ({ url: `${bare.url}/graphql`, headers: { 'x-houqin-identity': await platform.identityToken(campus.admin) } }),
    ours: async () => ({ url: platform.gatewayUrl, headers: { authorization: `Bearer ${await platform.userToken(campus.admin)}` } }),
  };
  type Arm = keyof typeof arms;
  const lines = [
    '## Gateway tax',
    '',
    `\`${LIST_QUERY}\` with autocannon: direct to the maintenance subgraph, through a bare \`@apollo/gateway\` (bench/bare-gateway.ts: the same supergraph, forwarding a signed identity as it came, nothing else) and through ours (the user's token verified, an identity signed for the subgraphs, every query limit on). ${ROUNDS} interleaved rounds of ${CELL_SECONDS} s per arm; medians.`,
    '',
    '| concurrency | direct RPS | bare gateway RPS | our gateway RPS | ours / bare | ours / direct | p50 / p99 ms: direct | bare | ours |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  try {
    for (const connections of [1, 10]) {
      const runs: Record<Arm, LoadResult[]> = { direct: [], bare: [], ours: [] };
      for (const arm of Object.values(arms)) {
        const { url, headers } = await arm();
        await load(url, headers, connections, 2); // warm-up
      }
      for (let round = 0; round < ROUNDS; round++) {
        for (const name of Object.keys(arms) as Arm[]) {
          const { url, headers } = await arms[name]();
          runs[name].push(await load(url, headers, connections, CELL_SECONDS));
        }
      }
      const [d, b, o] = [median(runs.direct), median(runs.bare), median(runs.ours)];
      lines.push(
        `| ${connections} | ${d.rps.toFixed(0)} | ${b.rps.toFixed(0)} | ${o.rps.toFixed(0)} | ${(o.rps / b.rps).toFixed(2)} | ${(o.rps / d.rps).toFixed(2)} | ${d.p50} / ${d.p99} | ${b.p50} / ${b.p99} | ${o.p50} / ${o.p99} |`,
      );
    }
  } finally {
    await bare.stop();
  }
  return lines;
}
