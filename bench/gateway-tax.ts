import { freePort, ServiceProcess } from '@houqin/platform-local-infra';
import { ROOT, TestPlatform } from '@houqin/platform-testing';
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eastCampus } from './east-campus';

const LIST_QUERY = `{ workOrders(first: 10) { edges { node { id number status priority sla { responseDueAt responseBreached } } } } }`;
const ROUNDS = 12;
const CELL_SECONDS = 3;

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** CPU time of the process that took the requests (the gateway, or the subgraph for direct), per request. */
  cpuMsPerRequest: number;
}

/** CPU time a process has used, from /proc (utime + stime, in clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function load(url: string, headers: Record<string, string>, connections: number, seconds: number, pid: number): Promise<LoadResult> {
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: LIST_QUERY }),
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`load run had ${result.non2xx} non-2xx and ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuMsPerRequest: (cpuMs(pid) - cpuBefore) / result.requests.total };
}

const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Each figure's median over the rounds. */
function median(results: LoadResult[]): LoadResult {
  const of = (key: keyof LoadResult) => mid(results.map((r) => r[key]));
  return { rps: of('rps'), p50: of('p50'), p99: of('p99'), cpuMsPerRequest: of('cpuMsPerRequest') };
}

/** The median of one arm's throughput over another's, round by round: each pair ran back to back, under the same load. */
function pairedRatio(arm: LoadResult[], base: LoadResult[]): number {
  return mid(arm.map((r, i) => r.rps / base[i].rps));
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
    env: {
      SUPERGRAPH_PATH: join(ROOT, 'apps', 'gateway', 'supergraph.graphql'),
      BARE_SUBGRAPH_URLS: JSON.stringify(urls),
      ...(JSON.parse(process.env.BENCH_ENV ?? '{}') as Record<string, Record<string, string>>)['bare-gateway'],
    },
  });
  await bare.start();
  return bare;
}

/**
 * The gateway's tax: one small query direct to the maintenance subgraph, through a bare @apollo/gateway and through
 * ours, at concurrency 1 and 10. Rounds are interleaved, each starting with a different arm, so a shared machine's
 * drift hits all three arms alike; the ratios are medians of each round's pair.
 */
export async function gatewayTax(platform: TestPlatform): Promise<string[]> {
  const campus = await eastCampus(platform);
  for (let i = 0; i < 10; i++) await campus.submit();
  const bare = await startBareGateway(platform);
  const pidOf = (process: ServiceProcess) => process.pid ?? 0;
  // A fresh token per cell: identities live 60 s.
  const arms = {
    direct: async () => ({
      url: platform.serviceUrl('maintenance'),
      headers: { 'x-houqin-identity': await platform.identityToken(campus.admin) },
      pid: pidOf(platform.process('maintenance')),
    }),
    bare: async () => ({ url: `${bare.url}/graphql`, headers: { 'x-houqin-identity': await platform.identityToken(campus.admin) }, pid: pidOf(bare) }),
    ours: async () => ({
      url: platform.gatewayUrl,
      headers: { authorization: `Bearer ${await platform.userToken(campus.admin)}` },
      pid: pidOf(platform.process('gateway')),
    }),
  };
  type Arm = keyof typeof arms;
  const names = Object.keys(arms) as Arm[];
  const lines = [
    '## Gateway tax',
    '',
    `\`${LIST_QUERY}\` with autocannon: direct to the maintenance subgraph, through a bare \`@apollo/gateway\` (bench/bare-gateway.ts: the same supergraph, forwarding a signed identity as it came, nothing else) and through ours (the user's token verified, an identity signed for the subgraphs, every query limit on). ${ROUNDS} interleaved rounds of ${CELL_SECONDS} s per arm; medians, and ratios as the median of each round's pair. CPU per request is the CPU time of the process that took the requests (the maintenance subgraph for direct, else the gateway) over the requests it answered.`,
    '',
    '| concurrency | direct RPS | bare gateway RPS | our gateway RPS | ours / bare | ours / direct | p50 / p99 ms: direct | bare | ours | CPU ms per request: bare | ours |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  try {
    for (const connections of [1, 10]) {
      const runs: Record<Arm, LoadResult[]> = { direct: [], bare: [], ours: [] };
      for (const name of names) {
        const { url, headers, pid } = await arms[name]();
        await load(url, headers, connections, 2, pid); // warm-up
      }
      for (let round = 0; round < ROUNDS; round++) {
        for (const name of [...names.slice(round % names.length), ...names.slice(0, round % names.length)]) {
          const { url, headers, pid } = await arms[name]();
          runs[name].push(await load(url, headers, connections, CELL_SECONDS, pid));
        }
      }
      const [d, b, o] = [median(runs.direct), median(runs.bare), median(runs.ours)];
      lines.push(
        `| ${connections} | ${d.rps.toFixed(0)} | ${b.rps.toFixed(0)} | ${o.rps.toFixed(0)} | ${pairedRatio(runs.ours, runs.bare).toFixed(2)} | ${pairedRatio(runs.ours, runs.direct).toFixed(2)} | ${d.p50} / ${d.p99} | ${b.p50} / ${b.p99} | ${o.p50} / ${o.p99} | ${b.cpuMsPerRequest.toFixed(2)} | ${o.cpuMsPerRequest.toFixed(2)} |`,
      );
    }
  } finally {
    await bare.stop();
  }
  return lines;
}
