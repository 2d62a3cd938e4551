import { DATABASE_TIMEOUTS } from '@houqin/platform-database';
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string().min(1),
  KAFKA_BROKERS: z.string().min(1),
  GATEWAY_IDENTITY_PUBLIC_JWK: z.string().min(1),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().positive().optional(),
  RUN_MIGRATIONS: z.enum(['true', 'false']).default('true'),
  KAFKA_REPLICATION_FACTOR: z.coerce.number().int().positive().default(1),
  DB_POOL_SIZE: z.coerce.number().int().positive().default(10),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(DATABASE_TIMEOUTS.connectTimeoutMs),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(DATABASE_TIMEOUTS.statementTimeoutMs),
  SCHEDULED_JOBS: z.enum(['on', 'off']).default('on'),
  SCHEDULED_JOB_INTERVAL_MS: z.coerce.number().int().positive().optional(),
  EVENT_BATCH_SIZE: z.coerce.number().int().positive().default(100),
  OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().positive().default(5_000),
});

export interface ServiceConfig {
  serviceName: string;
  databaseUrl: string;
  kafkaBrokers: string[];
  gatewayIdentityPublicJwk: string;
  host: string;
  port: number;
  runMigrations: boolean;
  kafkaReplicationFactor: number;
  dbPoolSize: number;
  /** Waiting for a database connection, and one statement, are bounded: a hung database fails callers fast. */
  dbConnectTimeoutMs: number;
  dbStatementTimeoutMs: number;
  /** `off` stops this replica running scheduled jobs (e.g. a read-only replica). */
  scheduledJobs: boolean;
  /** Overrides every job's interval: local mode and tests use a short one. */
  scheduledJobIntervalMs?: number;
  /** Events a consumer applies in one transaction (per partition). */
  eventBatchSize: number;
  /** The relay's fallback look at the outbox; commits wake it at once (LISTEN/NOTIFY). */
  outboxPollIntervalMs: number;
}

/**
 * Settings read with `schema`; an invalid or missing one stops the process, naming the settings but never their
 * values (a value may be a secret).
 */
export function readSettings<T extends z.ZodType>(serviceName: string, schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(`${serviceName}: invalid or missing settings: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return parsed.data;
}

/** Reads a service's settings from the environment; a missing one stops the process with its name. */
export function loadServiceConfig(serviceName: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const c = readSettings(serviceName, schema, env);
  return {
    serviceName,
    databaseUrl: c.DATABASE_URL,
    kafkaBrokers: c.KAFKA_BROKERS.split(',').map((b) => b.trim()),
    gatewayIdentityPublicJwk: c.GATEWAY_IDENTITY_PUBLIC_JWK,
    host: c.HOST,
    port: c.PORT ?? defaultPort,
    runMigrations: c.RUN_MIGRATIONS === 'true',
    kafkaReplicationFactor: c.KAFKA_REPLICATION_FACTOR,
    dbPoolSize: c.DB_POOL_SIZE,
    dbConnectTimeoutMs: c.DB_CONNECT_TIMEOUT_MS,
    dbStatementTimeoutMs: c.DB_STATEMENT_TIMEOUT_MS,
    scheduledJobs: c.SCHEDULED_JOBS === 'on',
    scheduledJobIntervalMs: c.SCHEDULED_JOB_INTERVAL_MS,
    eventBatchSize: c.EVENT_BATCH_SIZE,
    outboxPollIntervalMs: c.OUTBOX_POLL_INTERVAL_MS,
  };
}
