import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { graphqlData } from './graphql-client';

/** A GraphQL call through the gateway as one caller; resolves to `data`, rejects on any error. */
export type SeedSend = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * What a service's demo seeder gets: the gateway, a group-admin token, and the demo logins' tokens. Seeders use
 * the public GraphQL API only, so demo data passes the same validation, audit and events as real data; steps
 * that only one kind of person may take (a head approving, a storekeeper issuing) are taken as that person.
 */
export interface SeedContext {
  gatewayUrl: string;
  token: string;
  /** As the group admin (`local:seed`), for everything that does not care who acts. */
  send: SeedSend;
  /** As a demo login (`east-head`, …: tools/scripts/demo-logins.ts). */
  as(login: string): SeedSend;
}

/** The demo logins' tokens handed to seed scripts: a JSON object login → token. */
export const DEMO_TOKENS_ENV = 'HOUQIN_DEMO_TOKENS';

/** Reads HOUQIN_DEMO_TOKENS; absent means none (a seed that needs one says which when it asks). */
export function parseDemoTokens(value: string | undefined): Record<string, string> {
  if (!value) return {};
  const parsed: unknown = JSON.parse(value);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || Object.values(parsed).some((token) => typeof token !== 'string')) {
    throw new Error(`${DEMO_TOKENS_ENV} must be a JSON object of login → token`);
  }
  return parsed as Record<string, string>;
}

export function seedContext(gatewayUrl: string, token: string, demoTokens: Record<string, string>): SeedContext {
  const sender =
    (bearer: string): SeedSend =>
    (query, variables) =>
      graphqlData(gatewayUrl, { query, variables, token: bearer });
  return {
    gatewayUrl,
    token,
    send: sender(token),
    as: (login) => {
      const demoToken = demoTokens[login];
      if (!demoToken) throw new Error(`no demo token for ${login} in ${DEMO_TOKENS_ENV} (npm start hands every seed one per demo login)`);
      return sender(demoToken);
    },
  };
}

/**
 * Services learn campuses and staff from org's events; right after org's seed they may still be on their way: a
 * missing one is NOT_FOUND (or a service's own code, e.g. an approver whose staff record has not arrived). Retries
 * `send` for up to a minute while it fails with one of `codes`.
 */
export async function onceReplicated<T>(send: () => Promise<T>, codes = ['NOT_FOUND']): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= 60 || !codes.some((code) => String(error).includes(code))) throw error;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** Entry point of a seed script run as its own process (HOUQIN_GATEWAY_URL, HOUQIN_SEED_TOKEN, HOUQIN_DEMO_TOKENS). */
export function runSeed(name: string, seed: (context: SeedContext) => Promise<string>): void {
  const gatewayUrl = process.env.HOUQIN_GATEWAY_URL;
  const token = process.env.HOUQIN_SEED_TOKEN;
  if (!gatewayUrl || !token) {
    console.error(`${name} seed: HOUQIN_GATEWAY_URL and HOUQIN_SEED_TOKEN must be set (npm start sets them)`);
    process.exit(2);
  }
  Promise.resolve()
    .then(() => seed(seedContext(gatewayUrl, token, parseDemoTokens(process.env[DEMO_TOKENS_ENV]))))
    .then(
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
 * Runs `apps/<service>/src/demo/seed-demo.ts` against a gateway; resolves to what it printed. `demoTokens`
 * (login → token) lets the seed act as the demo's people. Asynchronous on purpose: a caller blocked for the
 * length of a seed cannot notice the gateway closing its idle keep-alive connections, and its next request
 * then fails on a dead socket.
 */
export async function runSeedScript(
  root: string,
  service: string,
  gatewayUrl: string,
  token: string,
  demoTokens: Record<string, string> = {},
): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', join('apps', service, 'src', 'demo', 'seed-demo.ts')], {
    cwd: root,
    env: { ...process.env, HOUQIN_GATEWAY_URL: gatewayUrl, HOUQIN_SEED_TOKEN: token, [DEMO_TOKENS_ENV]: JSON.stringify(demoTokens) },
    encoding: 'utf8',
  });
  return stdout.trim();
}
