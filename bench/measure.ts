import { TestPlatform } from '@houqin/platform-testing';

/** The value below which `p` percent of the samples fall. */
export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

/** SQL statements a service has run so far, from its `/metrics`. */
export async function statementsNow(platform: TestPlatform, service: string): Promise<number> {
  const text = await (await fetch(`${platform.process(service).url}/metrics`)).text();
  return Number(/houqin_sql_statements_total (\d+)/.exec(text)?.[1] ?? NaN);
}
