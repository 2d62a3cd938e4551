import { graphqlData, TestPlatform } from '@houqin/platform-testing';
import { eastCampus } from './east-campus';
import { statementsNow } from './measure';

// Completed orders only: each has parts and a stock issue, so every field below does its work at both sizes.
const FEDERATED = (n: number) =>
  `{ workOrders(first: ${n}, status: COMPLETED) { edges { node { number location { name } department { name } parts { quantity item { name } } timeline { actorName } partsCostFen stockIssues { totalCostFen } } } } }`;

/** SQL statements one federated query costs at 10 and at 100 completed work orders (the N+1 check). */
export async function federatedQueries(platform: TestPlatform): Promise<string[]> {
  const campus = await eastCampus(platform);
  const ids: string[] = [];
  for (let i = 0; i < 100; i++) ids.push(await campus.submit());
  for (const id of ids) {
    await campus.toInProgress(id);
    await campus.complete(id);
  }
  // Until materials has issued every order's parts, so the stock issues are there to read.
  await new Promise((r) => setTimeout(r, 5000));
  const services = ['org', 'maintenance', 'materials'] as const;
  const statements = async () => Object.fromEntries(await Promise.all(services.map(async (name) => [name, await statementsNow(platform, name)] as const)));
  const lines = [
    '',
    '## SQL statements per federated query',
    '',
    `\`${FEDERATED(10).replace('10', 'N')}\` through the gateway, over work orders completed with a part; statements each service's \`/metrics\` counts for the request (its own async context: not the relay's, a job's or a consumer's).`,
    '',
    '| work orders (N) | org | maintenance | materials | total |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const n of [10, 100]) {
    await graphqlData(platform.gatewayUrl, { query: FEDERATED(n), token: await platform.userToken(campus.admin) }); // warm caches
    const before = await statements();
    await graphqlData(platform.gatewayUrl, { query: FEDERATED(n), token: await platform.userToken(campus.admin) });
    const after = await statements();
    const delta = Object.fromEntries(services.map((name) => [name, after[name] - before[name]]));
    lines.push(`| ${n} | ${delta.org} | ${delta.maintenance} | ${delta.materials} | ${delta.org + delta.maintenance + delta.materials} |`);
  }
  return lines;
}
