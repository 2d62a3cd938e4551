import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { graphqlData } from './graphql-client';

/**
 * What a service's demo seeder gets: the gateway and a group-admin token. Seeders use the public GraphQL
 * API only, so demo data passes the same validation, audit and events as real data.
 */
export interface SeedContext {
  gatewayUrl: string;
  token: string;
  send<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** Entry point of a seed script run as its own process (HOUQIN_GATEWAY_URL, HOUQIN_SEED_TOKEN). */
export function runSeed(name: string, seed: (context: SeedContext) => Promise<string>): void {
  const gatewayUrl = process.env.HOUQIN_GATEWAY_URL;
  const token = process.env.HOUQIN_SEED_TOKEN;
  if (!gatewayUrl || !token) {
    console.error(`${name} seed: HOUQIN_GATEWAY_URL and HOUQIN_SEED_TOKEN must be set (npm start sets them)`);
    process.exit(2);
  }
  const context: SeedContext = { gatewayUrl, token, send: (query, variables) => graphqlData(gatewayUrl, { query, variables, token }) };
  seed(context).then(
    (summary) => {
      console.log(`${name} seed: ${summary}`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(`${name} seed failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}

/**
 * Runs `apps/<service>/src/demo/seed-demo.ts` against a gateway; resolves to what it printed. Asynchronous on
 * purpose: a caller blocked for the length of a seed cannot notice the gateway closing its idle keep-alive
 * connections, and its next request then fails on a dead socket.
 */
export async function runSeedScript(root: string, service: string, gatewayUrl: string, token: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', join('apps', service, 'src', 'demo', 'seed-demo.ts')], {
    cwd: root,
    env: { ...process.env, HOUQIN_GATEWAY_URL: gatewayUrl, HOUQIN_SEED_TOKEN: token },
    encoding: 'utf8',
  });
  return stdout.trim();
}
