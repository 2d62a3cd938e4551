import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root: services are found under `apps/` (see SUBGRAPHS). */
export const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * A setting local mode and tests must give a service, by kind rather than by value (values differ per run):
 * - `local-secret`: 32 random bytes, kept in `.data/keys` by `npm start` so printed labels stay valid;
 * - `portal-private-jwk`: the private half of the repair-portal key pair (the gateway verifies with the public one);
 * - `gateway-origin`: the gateway's address as phones reach it;
 * - `idp-issuer`, `idp-public-jwk`: the (local) IdP's issuer and public key, for a service that verifies users' tokens itself
 *   (his's FHIR endpoint, called by the HIS directly).
 */
export type LocalSettingKind = 'local-secret' | 'portal-private-jwk' | 'gateway-origin' | 'idp-issuer' | 'idp-public-jwk';

/** `apps/<name>/service.json`: what local mode, tests and schema composition need to know about a subgraph service. */
export interface ServiceManifest {
  description: string;
  port: number;
  /** Services whose demo data this service's demo seed builds on (org is always first: it holds the people). */
  demoSeedAfter?: string[];
  localSettings?: Record<string, LocalSettingKind>;
  /** Plain settings for `npm start` only (shorter waits so the demo shows them); tests set their own. */
  localEnv?: Record<string, string>;
}

export interface Subgraph extends ServiceManifest {
  name: string;
  /** The Nest module `apps/<name>/src/<name>.module.ts` exports: `<Name>Module`. */
  moduleExport: string;
  url: string;
  /** Whether `apps/<name>/src/demo/seed-demo.ts` exists. */
  hasDemoSeed: boolean;
}

const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/** Reads every `apps/*\/service.json` under `root`: the platform's subgraph services, by port. Nothing lists them by hand. */
export function discoverSubgraphs(root = REPO_ROOT): Subgraph[] {
  const apps = join(root, 'apps');
  return readdirSync(apps, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(apps, entry.name, 'service.json')))
    .map((entry) => {
      const manifest = JSON.parse(readFileSync(join(apps, entry.name, 'service.json'), 'utf8')) as ServiceManifest;
      return {
        ...manifest,
        name: entry.name,
        moduleExport: `${pascal(entry.name)}Module`,
        url: `http://127.0.0.1:${manifest.port}/graphql`,
        hasDemoSeed: existsSync(join(apps, entry.name, 'src', 'demo', 'seed-demo.ts')),
      };
    })
    .sort((a, b) => a.port - b.port);
}

/** The platform's processes in local mode and tests, in port order. */
export const SUBGRAPHS: readonly Subgraph[] = discoverSubgraphs();

export type SubgraphName = string;

/** Demo seeds in an order where each runs after those it builds on (org first). */
export function demoSeedOrder(subgraphs: readonly Subgraph[] = SUBGRAPHS): string[] {
  const seeded = subgraphs.filter((s) => s.hasDemoSeed);
  const order: string[] = [];
  const visit = (s: Subgraph, path: string[]) => {
    if (order.includes(s.name)) return;
    if (path.includes(s.name)) throw new Error(`demo seeds depend on each other in a cycle: ${[...path, s.name].join(' → ')}`);
    const after = s.name === 'org' ? [] : ['org', ...(s.demoSeedAfter ?? [])];
    for (const name of after) {
      const before = seeded.find((other) => other.name === name);
      if (before) visit(before, [...path, s.name]);
    }
    order.push(s.name);
  };
  for (const s of seeded) visit(s, []);
  return order;
}

/** The values of a service's local settings, given how this run makes each kind. */
export function localSettingsOf(
  subgraph: Subgraph,
  make: { secret: (setting: string) => string; portalPrivateJwk: () => string; gatewayOrigin: () => string; idpIssuer: () => string; idpPublicJwk: () => string },
): Record<string, string> {
  const makers: Record<LocalSettingKind, (setting: string) => string> = {
    'local-secret': make.secret,
    'portal-private-jwk': make.portalPrivateJwk,
    'gateway-origin': make.gatewayOrigin,
    'idp-issuer': make.idpIssuer,
    'idp-public-jwk': make.idpPublicJwk,
  };
  const value = (setting: string, kind: LocalSettingKind) => makers[kind](setting);
  return Object.fromEntries(Object.entries(subgraph.localSettings ?? {}).map(([setting, kind]) => [setting, value(setting, kind)]));
}

export const GATEWAY_PORT = 4000;

/** Database of a service; local mode and tests put them all on one Postgres server. */
export const databaseName = (service: string, prefix = 'houqin') => `${prefix}_${service.replace(/-/g, '_')}`;
