import { DEFAULT_PAGE_SIZE, QueryLimits } from '@houqin/platform-graphql';
import { Role } from '@houqin/platform-auth';
import { JWK } from 'jose';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ConsoleSignIn } from './console-files';
import { TrustedDocuments } from './trusted-documents';

const schema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().positive().default(4000),
  AUTH_ISSUER: z.string().min(1),
  AUTH_AUDIENCE: z.string().min(1),
  /** Production: the hospital IdP's JWKS. Local mode and tests: the local issuer's public key instead. */
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_ISSUER_PUBLIC_JWK: z.string().optional(),
  GATEWAY_IDENTITY_PRIVATE_JWK: z.string().min(1),
  SUPERGRAPH_PATH: z.string().optional(),
  /** Each subgraph call's deadline: past it that part of the query fails with SERVICE_UNAVAILABLE, the rest still answers. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Query limits (docs/architecture.md, Security); defaults as strict as graphql-armor's, cost budget with page sizes. */
  MAX_QUERY_DEPTH: z.coerce.number().int().positive().default(6),
  MAX_QUERY_ALIASES: z.coerce.number().int().nonnegative().default(15),
  MAX_QUERY_DIRECTIVES: z.coerce.number().int().nonnegative().default(50),
  MAX_QUERY_TOKENS: z.coerce.number().int().positive().default(1000),
  MAX_QUERY_COST: z.coerce.number().int().positive().default(5000),
  /** Request bodies: /graphql, and /graphql/upload (attachPhoto, startItemImport only; a 5 MB file is ~6.7 MB base64). */
  MAX_REQUEST_BODY_KB: z.coerce.number().int().positive().default(256),
  MAX_UPLOAD_BODY_KB: z.coerce.number().int().positive().default(8192),
  /** Trusted documents (production option): the manifest of operations the gateway runs; unset = any operation. */
  TRUSTED_DOCUMENTS_PATH: z.string().optional(),
  /** With trusted documents: the roles that may still send ad-hoc queries (within the query limits). */
  TRUSTED_DOCUMENTS_AD_HOC_ROLES: z.string().default('ANALYST,GROUP_ADMIN'),
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).default('false'),
  /** The repair portal: maintenance signs its sessions with the private half. */
  PORTAL_TOKEN_PUBLIC_JWK: z.string().min(1),
  /** Where /portal/* goes; defaults to the maintenance subgraph's origin. */
  PORTAL_UPSTREAM_URL: z.url().optional(),
  /** Requests per minute to /portal/* per client address, and GraphQL requests per portal session. */
  PORTAL_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
  PORTAL_SESSION_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(60),
  /** The web console's built files (dist/console); unset = the gateway serves no console. */
  CONSOLE_DIR: z.string().optional(),
  /** How console users sign in: the hospital IdP's OIDC issuer and the console's client (authorization code + PKCE)… */
  CONSOLE_OIDC_AUTHORITY: z.url().optional(),
  CONSOLE_OIDC_CLIENT_ID: z.string().optional(),
  CONSOLE_OIDC_SCOPE: z.string().default('openid profile'),
  /** …or, in local mode only, the demo logins' tokens that `npm start` writes (.data/demo-tokens.json). */
  CONSOLE_DEMO_LOGINS_PATH: z.string().optional(),
  /** Express `trust proxy`: how the client address is read behind the ingress (hop count or subnets). */
  TRUST_PROXY: z.string().default('loopback'),
});

export interface GatewayConfig {
  host: string;
  port: number;
  issuer: string;
  audience: string;
  jwksUrl?: string;
  issuerPublicJwk?: JWK;
  identityPrivateJwk: JWK;
  supergraphSdl: string;
  /** Subgraph URL overrides by name (SUBGRAPH_ORG_URL, ...); the supergraph file holds local defaults. */
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
  queryLimits: QueryLimits;
  maxRequestBodyKb: number;
  maxUploadBodyKb: number;
  trustedDocuments?: TrustedDocuments;
  adHocRoles: Role[];
  introspection: boolean;
  portalPublicJwk: JWK;
  portalUpstreamUrl: string;
  portalRateLimitPerMinute: number;
  portalSessionRateLimitPerMinute: number;
  trustProxy: string | number;
  console?: { dir: string; signIn: ConsoleSignIn; documents: TrustedDocuments };
}

/** The maintenance subgraph's origin, from its URL override or the supergraph's join__graph entry. */
function maintenanceOrigin(supergraphSdl: string, subgraphUrls: Record<string, string>): string {
  const url = subgraphUrls.maintenance ?? /@join__graph\(name: "maintenance", url: "([^"]+)"\)/.exec(supergraphSdl)?.[1];
  if (!url) throw new Error('gateway: set PORTAL_UPSTREAM_URL (no maintenance subgraph in the supergraph)');
  return new URL(url).origin;
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(`gateway: invalid or missing settings: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  const c = parsed.data;
  if (!c.AUTH_JWKS_URL && !c.AUTH_ISSUER_PUBLIC_JWK) throw new Error('gateway: set AUTH_JWKS_URL (IdP) or AUTH_ISSUER_PUBLIC_JWK (local issuer)');
  const subgraphUrls = Object.fromEntries(
    Object.entries(env)
      .filter(([name, value]) => /^SUBGRAPH_[A-Z_]+_URL$/.test(name) && value)
      // SUBGRAPH_SUPPLY_CHAIN_URL overrides the subgraph `supply-chain`.
      .map(([name, value]) => [name.slice('SUBGRAPH_'.length, -'_URL'.length).toLowerCase().replace(/_/g, '-'), value as string]),
  );
  const supergraphSdl = readFileSync(c.SUPERGRAPH_PATH ?? join(__dirname, '..', 'supergraph.graphql'), 'utf8');
  return {
    host: c.HOST,
    port: c.PORT,
    issuer: c.AUTH_ISSUER,
    audience: c.AUTH_AUDIENCE,
    jwksUrl: c.AUTH_JWKS_URL,
    issuerPublicJwk: c.AUTH_ISSUER_PUBLIC_JWK ? (JSON.parse(c.AUTH_ISSUER_PUBLIC_JWK) as JWK) : undefined,
    identityPrivateJwk: JSON.parse(c.GATEWAY_IDENTITY_PRIVATE_JWK) as JWK,
    supergraphSdl,
    subgraphUrls,
    subgraphTimeoutMs: c.SUBGRAPH_TIMEOUT_MS,
    queryLimits: {
      maxDepth: c.MAX_QUERY_DEPTH,
      maxAliases: c.MAX_QUERY_ALIASES,
      maxDirectives: c.MAX_QUERY_DIRECTIVES,
      maxTokens: c.MAX_QUERY_TOKENS,
      maxCost: c.MAX_QUERY_COST,
      defaultPageSize: DEFAULT_PAGE_SIZE,
    },
    maxRequestBodyKb: c.MAX_REQUEST_BODY_KB,
    maxUploadBodyKb: c.MAX_UPLOAD_BODY_KB,
    trustedDocuments: c.TRUSTED_DOCUMENTS_PATH ? TrustedDocuments.load(c.TRUSTED_DOCUMENTS_PATH) : undefined,
    adHocRoles: c.TRUSTED_DOCUMENTS_AD_HOC_ROLES.split(',')
      .map((r) => r.trim())
      .filter(Boolean) as Role[],
    introspection: c.GRAPHQL_INTROSPECTION === 'true',
    portalPublicJwk: JSON.parse(c.PORTAL_TOKEN_PUBLIC_JWK) as JWK,
    portalUpstreamUrl: c.PORTAL_UPSTREAM_URL ? new URL(c.PORTAL_UPSTREAM_URL).origin : maintenanceOrigin(supergraphSdl, subgraphUrls),
    portalRateLimitPerMinute: c.PORTAL_RATE_LIMIT_PER_MINUTE,
    portalSessionRateLimitPerMinute: c.PORTAL_SESSION_RATE_LIMIT_PER_MINUTE,
    trustProxy: /^\d+$/.test(c.TRUST_PROXY) ? Number(c.TRUST_PROXY) : c.TRUST_PROXY,
    console: c.CONSOLE_DIR ? consoleSettings(c.CONSOLE_DIR, c) : undefined,
  };
}

/** The console is built with its operations' manifest: the gateway runs them by id whether or not it trusts only them. */
function consoleSettings(dir: string, c: z.infer<typeof schema>): GatewayConfig['console'] {
  const signIn: ConsoleSignIn | null =
    c.CONSOLE_OIDC_AUTHORITY && c.CONSOLE_OIDC_CLIENT_ID
      ? { signIn: 'oidc', authority: c.CONSOLE_OIDC_AUTHORITY, clientId: c.CONSOLE_OIDC_CLIENT_ID, scope: c.CONSOLE_OIDC_SCOPE }
      : c.CONSOLE_DEMO_LOGINS_PATH
        ? { signIn: 'demo', demoLoginsPath: c.CONSOLE_DEMO_LOGINS_PATH }
        : null;
  // Demo tokens come from the local issuer: a gateway trusting a real IdP never hands them out.
  if (c.CONSOLE_DEMO_LOGINS_PATH && c.AUTH_JWKS_URL) throw new Error('gateway: CONSOLE_DEMO_LOGINS_PATH is for local mode only, not with AUTH_JWKS_URL');
  if (!signIn) throw new Error('gateway: CONSOLE_DIR needs CONSOLE_OIDC_AUTHORITY and CONSOLE_OIDC_CLIENT_ID (or, in local mode, CONSOLE_DEMO_LOGINS_PATH)');
  return { dir, signIn, documents: TrustedDocuments.load(join(dir, 'trusted-documents.json')) };
}
