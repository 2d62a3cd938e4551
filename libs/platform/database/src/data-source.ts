import { Client, ClientConfig } from 'pg';
import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { StatementCounter } from './statement-counter';

export interface ServiceDataSourceOptions {
  /** Service name; becomes the Postgres application_name so connections are traceable in pg_stat_activity. */
  serviceName: string;
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  /** How long a caller waits for a pooled connection (or a new one) before it fails fast; default 3 s. */
  connectTimeoutMs?: number;
  /** How long one statement may run, on the server and, should the server not answer at all, on the client; default 30 s. */
  statementTimeoutMs?: number;
  statementCounter?: StatementCounter;
}

/** Defaults for the bounds above: a hung database answers callers in seconds, not never. */
export const DATABASE_TIMEOUTS = { connectTimeoutMs: 3_000, statementTimeoutMs: 30_000 } as const;

/** One data source per service: its own database, snake_case, migrations only (never synchronize). */
export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    applicationName: options.serviceName,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: options.statementCounter ? ['query'] : false,
    logger: options.statementCounter,
    extra: databasePoolSettings(options),
  });
}

/**
 * node-postgres pool settings. A frozen server (hung disk, stalled failover) answers nothing, so besides the server's own
 * statement_timeout the client gives up on a statement shortly after it, and on waiting for a connection after the
 * acquisition timeout; a connection abandoned so is released with its error and replaced, so the pool recovers with the
 * server. TCP keep-alive finds a peer that vanished.
 */
export function databasePoolSettings(options: Pick<ServiceDataSourceOptions, 'poolSize' | 'connectTimeoutMs' | 'statementTimeoutMs'>) {
  const statementTimeoutMs = options.statementTimeoutMs ?? DATABASE_TIMEOUTS.statementTimeoutMs;
  return {
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? DATABASE_TIMEOUTS.connectTimeoutMs,
    statement_timeout: statementTimeoutMs,
    query_timeout: statementTimeoutMs + 1_000,
    idle_in_transaction_session_timeout: 2 * statementTimeoutMs,
    keepAlive: true,
    // Every transaction of ours is read committed whatever the database's default: set once per connection, where
    // naming it per transaction costs a statement each (TypeORM sends SET TRANSACTION after BEGIN).
    options: '-c default_transaction_isolation=read\\ committed',
    Client: AbandoningClient,
  };
}

const QUERY_READ_TIMEOUT = 'Query read timeout';

/**
 * A client that drops its connection when a statement got no answer in time. node-postgres only stops waiting: the
 * statement stays in flight on the connection, and the pool would hand the stuck connection to the next caller.
 * Dropping it errors the connection, so the pool removes it and opens a fresh one once the server answers again.
 */
export class AbandoningClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    this.query = ((...args: unknown[]) => {
      const result = query(...args);
      if (result instanceof Promise) {
        result.catch((error: unknown) => {
          if (error instanceof Error && error.message === QUERY_READ_TIMEOUT) this.abandon();
        });
      }
      return result;
    }) as Client['query'];
  }

  private abandon(): void {
    dropConnection(this, new Error('statement unanswered: connection dropped'));
  }
}

/**
 * Closes a client's socket without the goodbye `end()` waits for, which a hung server would never acknowledge.
 * node-postgres has no public way to do it.
 */
export function dropConnection(client: Client, reason?: Error): void {
  (client as unknown as { connection: { stream: { destroy(error?: Error): void } } }).connection.stream.destroy(reason);
}

/** Whether an error says the database did not answer in time or could not be reached: the caller may retry later. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const found = error as { message?: string; code?: string; driverError?: unknown } | null;
  if (!found || typeof found !== 'object') return false;
  if (found.driverError && isDatabaseUnavailable(found.driverError)) return true;
  const message = found.message ?? '';
  return (
    // 57014 query_canceled (statement_timeout), 57P01..03 the server shutting down or not accepting connections
    ['57014', '57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT'].includes(found.code ?? '') ||
    message === QUERY_READ_TIMEOUT ||
    message.startsWith('timeout exceeded when trying to connect') ||
    message.startsWith('Connection terminated') ||
    message.startsWith('statement unanswered')
  );
}

/** SQL that would bring the database in line with the entities; empty when migrations match the code. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
