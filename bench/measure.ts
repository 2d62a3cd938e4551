import { TestPlatform } from '@houqin/platform-testing';

/** The value below which `p` percent of the samples fall. */
export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

/**
 * SQL statements a service has run so far, from its `/metrics`: those GraphQL requests caused (exact per query: the
 * relay, jobs and consumers are not counted), or `all`.
 */
export async function statementsNow(platform: TestPlatform, service: string, counted: 'requests' | 'all' = 'requests'): Promise<number> {
  const text = await (await fetch(`${platform.process(service).url}/metrics`)).text();
  const metric = counted === 'requests' ? 'houqin_graphql_sql_statements_total' : 'houqin_sql_statements_total';
  return Number(new RegExp(`^${metric} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
}
