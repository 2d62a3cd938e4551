/**
 * `npm start`: the whole platform on this machine, with real infrastructure.
 * Embedded PostgreSQL and a local Apache Kafka broker (jars from Maven Central, cached in .cache/kafka) keep
 * their data in .data/ (git-ignored), so a restart keeps everything and does not re-seed. Each service runs
 * in its own process, then the gateway. Ctrl-C stops everything.
 * DATABASE_SERVER_URL / KAFKA_BROKERS point at external servers instead.
 *
 * Every child dies with this script, however it ends (libs/platform/local-infra/src/supervisor.ts): SIGINT,
 * SIGTERM and SIGHUP (a closed terminal) stop them gracefully; a SIGKILL of this script closes the pipe to a
 * detached watchdog, which stops them; `.data/run.json` lists what runs, so a later start stops what a run
 * killed with its watchdog left behind, or refuses, naming pids and ports, while that run still goes.
 *
 * For tests and a second copy: HOUQIN_DATA_DIR (instead of .data), HOUQIN_PG_PORT, HOUQIN_KAFKA_PORT,
 * HOUQIN_SERVICES (a comma-separated subset of the services; their demo seeds only) and HOUQIN_PORT_OFFSET
 * (added to every service's and the gateway's port).
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Identity, LocalIssuer } from '@houqin/platform-auth';
import {
  databaseName,
  demoSeedOrder,
  describeError,
  ensureDatabase,
  ensureConsoleBuild,
  ensureKafkaJars,
  GATEWAY_PORT,
  graphqlData,
  localKeys,
  runSeedScript,
  LocalKafka,
  LocalPostgres,
  localSecret,
  localSettingsOf,
  serviceEntry,
  ServiceProcess,
  startKafka,
  startPostgres,
  SUBGRAPHS,
  Supervisor,
} from '@houqin/platform-local-infra';
import { DEMO_LOGINS } from './demo-logins';

const ROOT = join(__dirname, '..', '..');
const DATA = process.env.HOUQIN_DATA_DIR ?? join(ROOT, '.data');
const LOGS = join(DATA, 'logs');
const ISSUER = 'houqin-local';
const AUDIENCE = 'houqin';
const PORT_OFFSET = Number(process.env.HOUQIN_PORT_OFFSET ?? 0);
const CHOSEN = process.env.HOUQIN_SERVICES?.split(',').map((name) => name.trim());
const SERVICES = CHOSEN ? SUBGRAPHS.filter((s) => CHOSEN.includes(s.name)) : SUBGRAPHS;
const PG_PORT = Number(process.env.HOUQIN_PG_PORT ?? 55432);
const KAFKA_PORT = Number(process.env.HOUQIN_KAFKA_PORT ?? 59092);
const GATEWAY = GATEWAY_PORT + PORT_OFFSET;
/** A path under the data folder as the user reads it: `.data/logs` for the default. */
const shown = (path: string) => (path.startsWith(`${ROOT}/`) ? relative(ROOT, path) : path);

const say = (line: string) => process.stdout.write(`[houqin] ${line}\n`);

async function main(): Promise<void> {
  mkdirSync(LOGS, { recursive: true });
  if (CHOSEN && SERVICES.length !== CHOSEN.length) throw new Error(`HOUQIN_SERVICES names unknown services; known: ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  const supervisor = new Supervisor({
    runFile: join(DATA, 'run.json'),
    log: say,
    stopHint: `Stop it with Ctrl-C in its terminal, or run \`kill <supervisor pid>\`, then npm start again.`,
  });
  const stoppers: (() => Promise<void>)[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping...');
    for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
    await supervisor.finish();
    say('stopped');
    process.exit(code);
  };
  supervisor.onSignals(() => void stopAll(0));

  try {
    await supervisor.prepare([
      ...(process.env.DATABASE_SERVER_URL ? [] : [{ name: 'PostgreSQL', port: PG_PORT }]),
      ...(process.env.KAFKA_BROKERS ? [] : [{ name: 'Kafka', port: KAFKA_PORT }, { name: 'Kafka controller', port: KAFKA_PORT + 1 }]),
      ...SERVICES.map((s) => ({ name: s.name, port: s.port + PORT_OFFSET })),
      { name: 'gateway', port: GATEWAY },
    ]);
    supervisor.begin();
    const keys = await localKeys(join(DATA, 'keys'));

    let serverUrl = process.env.DATABASE_SERVER_URL;
    if (!serverUrl) {
      say(`starting PostgreSQL on 127.0.0.1:${PG_PORT} (data in ${shown(join(DATA, 'postgres'))})`);
      const pg: LocalPostgres = await startPostgres({ dataDir: join(DATA, 'postgres'), port: PG_PORT, log: () => undefined, exitOnSignal: false });
      supervisor.track('PostgreSQL', pg.pid, 'SIGINT', PG_PORT);
      stoppers.push(() => pg.stop());
      serverUrl = pg.serverUrl;
    }

    let brokers = process.env.KAFKA_BROKERS;
    if (!brokers) {
      const libsDir = ensureKafkaJars({ pomDir: join(ROOT, 'deploy', 'local', 'kafka'), cacheDir: join(ROOT, '.cache', 'kafka'), log: say });
      say(`starting Apache Kafka (KRaft) on 127.0.0.1:${KAFKA_PORT} (data in ${shown(join(DATA, 'kafka'))})`);
      const kafka: LocalKafka = await startKafka({
        libsDir,
        dataDir: join(DATA, 'kafka'),
        port: KAFKA_PORT,
        controllerPort: KAFKA_PORT + 1,
        onSpawn: (pid) => supervisor.track('Kafka', pid, 'SIGTERM', KAFKA_PORT),
      });
      stoppers.push(() => kafka.stop());
      brokers = kafka.brokers;
    }

    const services = await Promise.all(
      SERVICES.map(
        async (s) =>
          new ServiceProcess({
            name: s.name,
            root: ROOT,
            entry: serviceEntry(s.name),
            port: s.port + PORT_OFFSET,
            logFile: join(LOGS, `${s.name}.log`),
            readyPath: '/health/ready',
            env: {
              DATABASE_URL: await ensureDatabase(serverUrl, databaseName(s.name)),
              KAFKA_BROKERS: brokers,
              GATEWAY_IDENTITY_PUBLIC_JWK: JSON.stringify(keys.gateway.publicJwk),
              // Local mode runs every scheduled job each minute, so demo PM tasks and rounds appear right after seeding.
              SCHEDULED_JOB_INTERVAL_MS: '60000',
              ...s.localEnv,
              // Settings the service declares in its service.json (signing secrets, the address phones reach).
              ...localSettingsOf(s, {
                secret: (setting) => localSecret(join(DATA, 'keys'), setting),
                portalPrivateJwk: () => JSON.stringify(keys.portal.privateJwk),
                gatewayOrigin: () => process.env.PORTAL_BASE_URL ?? `http://127.0.0.1:${GATEWAY}`,
                idpIssuer: () => ISSUER,
                idpPublicJwk: () => JSON.stringify(keys.issuer.publicJwk),
              }),
            },
          }),
      ),
    );
    say(`starting ${services.map((s) => s.options.name).join(', ')} (migrations run at start-up; logs in ${shown(LOGS)})`);
    for (const service of services) stoppers.push(() => service.stop());
    // Each child is tracked as soon as it is spawned (start() spawns before its first await), not once it is ready.
    const ready = services.map((s) => {
      const started = s.start();
      supervisor.track(s.options.name, s.pid, 'SIGTERM', s.options.port);
      return started;
    });
    await Promise.all(ready);

    const consoleDir = ensureConsoleBuild({ root: ROOT, log: say });
    const gateway = new ServiceProcess({
      name: 'gateway',
      root: ROOT,
      entry: serviceEntry('gateway'),
      port: GATEWAY,
      logFile: join(LOGS, 'gateway.log'),
      readyPath: '/health/live',
      env: {
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
        AUTH_ISSUER_PUBLIC_JWK: JSON.stringify(keys.issuer.publicJwk),
        GATEWAY_IDENTITY_PRIVATE_JWK: JSON.stringify(keys.gateway.privateJwk),
        PORTAL_TOKEN_PUBLIC_JWK: JSON.stringify(keys.portal.publicJwk),
        GRAPHQL_INTROSPECTION: 'true',
        // The web console, signing in with the demo logins' tokens written below.
        CONSOLE_DIR: consoleDir,
        CONSOLE_DEMO_LOGINS_PATH: join(DATA, 'demo-tokens.json'),
        ...Object.fromEntries(services.map((s) => [`SUBGRAPH_${s.options.name.toUpperCase().replace(/-/g, '_')}_URL`, `${s.url}/graphql`])),
      },
    });
    stoppers.push(() => gateway.stop());
    const gatewayReady = gateway.start();
    supervisor.track('gateway', gateway.pid, 'SIGTERM', GATEWAY);
    await gatewayReady;
    const gatewayUrl = `${gateway.url}/graphql`;

    const issuer = new LocalIssuer(keys.issuer.privateJwk, ISSUER, AUDIENCE);
    const seedToken = await issuer.issue({ subject: 'local:seed', staffId: null, name: '演示数据', roles: DEMO_LOGINS[0].roles, campusIds: [] }, '10m');
    const [firstSeed, ...laterSeeds] = demoSeedOrder(SERVICES);
    say(await runSeedScript(ROOT, firstSeed, gatewayUrl, seedToken));
    // Org first, whose directory holds the people the demo logins are; tokens before the other seeds, so each demo step is taken by the person whose job it is (a head approves,
    // a storekeeper issues): segregation of duties holds for demo data too.
    const tokens = await demoTokens(issuer, gatewayUrl, seedToken);
    writeFileSync(join(DATA, 'demo-tokens.json'), JSON.stringify(tokens, null, 2));
    const tokenOf = Object.fromEntries(tokens.map((t) => [t.login, t.token]));
    for (const name of laterSeeds) say(await runSeedScript(ROOT, name, gatewayUrl, seedToken, tokenOf));
    say('');
    say(`Web console (后勤管理平台): ${gateway.url}/   (sign in as any demo login below)`);
    say(`GraphQL gateway: ${gatewayUrl}   (subgraphs: ${services.map((s) => `${s.options.name} ${s.url}/graphql`).join(', ')})`);
    say(`PostgreSQL: ${serverUrl}   Kafka: ${brokers}`);
    say(`Demo tokens (12 h) are in ${shown(join(DATA, 'demo-tokens.json'))}; send one as "Authorization: Bearer <token>":`);
    for (const t of tokens) say(`  ${t.login.padEnd(17)} ${t.description}`);
    say(`Ctrl-C stops everything; data stays in ${shown(DATA)}/.`);
    createWriteStream(join(LOGS, 'started')).end(new Date().toISOString());
  } catch (error) {
    say(`start failed: ${describeError(error)}`);
    await stopAll(1);
  }
}

/** One token per demo login, linked to the seeded staff record and campuses. */
async function demoTokens(issuer: LocalIssuer, gatewayUrl: string, seedToken: string) {
  const directory = await graphqlData<{
    campuses: { edges: { node: { id: string; code: string } }[] };
    staffMembers: { edges: { node: { id: string; employeeNo: string; name: string } }[] };
  }>(gatewayUrl, {
    token: seedToken,
    query: `{ campuses(first: 50) { edges { node { id code } } } staffMembers(first: 100) { edges { node { id employeeNo name } } } }`,
  });
  const campusId = (code: string) => directory.campuses.edges.find((e) => e.node.code === code)?.node.id ?? '';
  return Promise.all(
    DEMO_LOGINS.map(async (login) => {
      const staff = directory.staffMembers.edges.find((e) => e.node.employeeNo === login.employeeNo)?.node;
      // A directory seeded by an older version may lack newer demo staff: the login still works, without a staff record.
      if (login.employeeNo && !staff) say(`demo login ${login.login}: no staff member ${login.employeeNo} in the directory`);
      const identity: Identity = {
        subject: `local:${login.login}`,
        staffId: staff?.id ?? null,
        name: staff?.name ?? login.name,
        roles: login.roles,
        campusIds: login.campuses.map(campusId),
      };
      return { login: login.login, description: login.description, name: identity.name, token: await issuer.issue(identity, '12h') };
    }),
  );
}

main().catch((error: unknown) => {
  say(`start failed: ${describeError(error)}`);
  process.exit(1);
});
