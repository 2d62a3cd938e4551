import { generateKeyPairJwk, Identity, IdentityTokenSigner, KeyPairJwk, LocalIssuer, PortalSession, PortalTokenSigner } from '@houqin/platform-auth';
import {
  ensureDatabase,
  freePort,
  LocalKafka,
  localSettingsOf,
  serviceEntry,
  ServiceProcess,
  startKafka,
  SubgraphName,
  SUBGRAPHS,
} from '@houqin/platform-local-infra';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ROOT } from './paths';

export const TEST_ISSUER = 'houqin-test-issuer';
export const TEST_AUDIENCE = 'houqin';

export interface TestPlatformOptions {
  services: SubgraphName[];
  gateway?: boolean;
  /** A PostgreSQL server of the test's own for the services' databases (a test that freezes it); default the run's. */
  databaseServerUrl?: string;
  /** The gateway serves the web console (built by the run's global setup), signing in with `setConsoleLogins`. */
  console?: boolean;
  /** Extra environment per service (e.g. shorter poll intervals). */
  env?: Partial<Record<SubgraphName | 'gateway', Record<string, string>>>;
}

/** Starts a private Kafka broker for one test file (fault tests stop and restart it). */
export async function startTestKafka(dir: string): Promise<LocalKafka> {
  const libsDir = process.env.HOUQIN_KAFKA_LIBS;
  if (!libsDir) throw new Error('HOUQIN_KAFKA_LIBS is not set: run the tests through jest (global setup resolves the Kafka jars)');
  // A broker (re)starting on a busy two-core machine beside the services and another test file's broker can take a while.
  return startKafka({ libsDir, dataDir: join(dir, 'kafka'), port: await freePort(), controllerPort: await freePort(), heapMb: 384, startTimeoutMs: 180_000 });
}

/** Creates a fresh database for one service of one test file on the run's Postgres server. */
export async function createTestDatabase(service: string, server = process.env.HOUQIN_TEST_PG_URL): Promise<string> {
  if (!server) throw new Error('HOUQIN_TEST_PG_URL is not set: run the tests through jest (global setup starts Postgres)');
  return ensureDatabase(server, `t${randomBytes(5).toString('hex')}_${service.replace(/-/g, '_')}`);
}

export async function sql<T = Record<string, unknown>>(databaseUrl: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * The real platform for one test file: its own Kafka broker, its own databases, each service in its own
 * process from source, and the gateway with the committed supergraph. Nothing is mocked.
 */
export class TestPlatform {
  private constructor(
    readonly dir: string,
    readonly kafka: LocalKafka,
    readonly databases: Record<string, string>,
    readonly processes: Map<string, ServiceProcess>,
    private readonly issuer: LocalIssuer,
    private readonly identitySigner: IdentityTokenSigner,
    private readonly portalSigner: PortalTokenSigner,
  ) {}

  static async start(options: TestPlatformOptions): Promise<TestPlatform> {
    const dir = mkdtempSync(join(tmpdir(), 'houqin-platform-'));
    const [kafka, issuerKeys, gatewayKeys, portalKeys] = await Promise.all([
      startTestKafka(dir),
      generateKeyPairJwk('test-issuer'),
      generateKeyPairJwk('test-gateway'),
      generateKeyPairJwk('test-portal'),
    ]);
    const gatewayPort = await freePort();
    // Settings services declare in their service.json: fresh secrets per run, the test's portal keys and gateway.
    const localSettings = (service: string) => {
      const subgraph = SUBGRAPHS.find((s) => s.name === service);
      if (!subgraph) throw new Error(`unknown service ${service}; known: ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
      return localSettingsOf(subgraph, {
        secret: () => randomBytes(32).toString('base64url'),
        portalPrivateJwk: () => JSON.stringify(portalKeys.privateJwk),
        gatewayOrigin: () => `http://127.0.0.1:${gatewayPort}`,
        idpIssuer: () => TEST_ISSUER,
        idpPublicJwk: () => JSON.stringify(issuerKeys.publicJwk),
      });
    };
    const databases: Record<string, string> = {};
    for (const service of options.services) databases[service] = await createTestDatabase(service, options.databaseServerUrl);
    const processes = new Map<string, ServiceProcess>();
    for (const service of options.services) {
      processes.set(
        service,
        new ServiceProcess({
          name: service,
          root: ROOT,
          entry: serviceEntry(service),
          port: await freePort(),
          logFile: join(dir, 'logs', `${service}.log`),
          readyPath: '/health/ready',
          env: {
            DATABASE_URL: databases[service],
            KAFKA_BROKERS: kafka.brokers,
            GATEWAY_IDENTITY_PUBLIC_JWK: JSON.stringify(gatewayKeys.publicJwk),
            LOG_LEVEL: 'info',
            ...localSettings(service),
            ...options.env?.[service],
          },
        }),
      );
    }
    const platform = new TestPlatform(
      dir,
      kafka,
      databases,
      processes,
      new LocalIssuer(issuerKeys.privateJwk, TEST_ISSUER, TEST_AUDIENCE),
      new IdentityTokenSigner(gatewayKeys.privateJwk),
      new PortalTokenSigner(portalKeys.privateJwk),
    );
    try {
      await Promise.all([...processes.values()].map((p) => p.start()));
      if (options.gateway) {
        await platform.startGateway(gatewayPort, issuerKeys, gatewayKeys, {
          PORTAL_TOKEN_PUBLIC_JWK: JSON.stringify(portalKeys.publicJwk),
          ...(options.console ? platform.consoleEnv() : {}),
          ...options.env?.gateway,
        });
      }
    } catch (error) {
      await platform.stop();
      throw error;
    }
    return platform;
  }

  private async startGateway(port: number, issuerKeys: KeyPairJwk, gatewayKeys: KeyPairJwk, env: Record<string, string>): Promise<void> {
    const subgraphUrls = Object.fromEntries(
      [...this.processes].map(([name, p]) => [`SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_URL`, `${p.url}/graphql`]),
    );
    const gateway = new ServiceProcess({
      name: 'gateway',
      root: ROOT,
      entry: serviceEntry('gateway'),
      port,
      logFile: join(this.dir, 'logs', 'gateway.log'),
      readyPath: '/health/live',
      env: {
        AUTH_ISSUER: TEST_ISSUER,
        AUTH_AUDIENCE: TEST_AUDIENCE,
        AUTH_ISSUER_PUBLIC_JWK: JSON.stringify(issuerKeys.publicJwk),
        GATEWAY_IDENTITY_PRIVATE_JWK: JSON.stringify(gatewayKeys.privateJwk),
        ...subgraphUrls,
        ...env,
      },
    });
    this.processes.set('gateway', gateway);
    await gateway.start();
  }

  private consoleEnv(): Record<string, string> {
    const dir = process.env.HOUQIN_CONSOLE_DIR;
    if (!dir) throw new Error('HOUQIN_CONSOLE_DIR is not set: run the tests through jest (global setup builds the console)');
    return { CONSOLE_DIR: dir, CONSOLE_DEMO_LOGINS_PATH: this.consoleLoginsPath };
  }

  private get consoleLoginsPath(): string {
    return join(this.dir, 'console-logins.json');
  }

  /** The console's sign-in page lists these people, as `npm start` lists its demo logins. */
  async setConsoleLogins(logins: { login: string; description: string; identity: Identity }[]): Promise<void> {
    const entries = await Promise.all(
      logins.map(async ({ login, description, identity }) => ({ login, description, name: identity.name, token: await this.userToken(identity) })),
    );
    writeFileSync(this.consoleLoginsPath, JSON.stringify(entries));
  }

  /** The gateway's origin, where the console is served. */
  get origin(): string {
    return this.process('gateway').url;
  }

  get gatewayUrl(): string {
    return `${this.process('gateway').url}/graphql`;
  }

  serviceUrl(name: SubgraphName): string {
    return `${this.process(name).url}/graphql`;
  }

  process(name: string): ServiceProcess {
    const found = this.processes.get(name);
    if (!found) throw new Error(`${name} is not part of this test platform`);
    return found;
  }

  /** A user token as the hospital IdP would issue it (local issuer). */
  userToken(identity: Identity): Promise<string> {
    return this.issuer.issue(identity, '1h');
  }

  /** The gateway-signed identity, for calling a subgraph directly. */
  identityToken(identity: Identity): Promise<string> {
    return this.identitySigner.sign(identity);
  }

  /** A portal session token as maintenance would sign it (tests of expiry use a past `now`). */
  async portalToken(session: PortalSession, now?: Date, lifetimeSeconds?: number): Promise<string> {
    return (await this.portalSigner.sign(session, now, lifetimeSeconds)).token;
  }

  /** What `service` has logged so far, over every run of its process. */
  log(service: string): string {
    return readFileSync(this.process(service).options.logFile, 'utf8');
  }

  query<T = Record<string, unknown>>(service: SubgraphName, text: string, params: unknown[] = []): Promise<T[]> {
    return sql<T>(this.databases[service], text, params);
  }

  async stop(): Promise<void> {
    await Promise.allSettled([...this.processes.values()].map((p) => p.stop()));
    await this.kafka.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
