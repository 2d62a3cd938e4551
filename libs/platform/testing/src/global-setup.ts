import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureConsoleBuild, ensureKafkaJars, ensureS3ServerBinary, freePort, LocalPostgres, startPostgres } from '@houqin/platform-local-infra';
import { ROOT } from './paths';

declare global {
  var __houqinPostgres: { pg: LocalPostgres; dir: string } | undefined;
}

/**
 * Once per test run: one real PostgreSQL server (each test file creates its own databases on it), the
 * Kafka jars and the S3-compatible server's binary in the cache, the web console built into dist/console (each test file that needs Kafka or S3 starts
 * its own, so fault tests can stop it without disturbing others). `HOUQIN_TEST_PG_URL` points at an external
 * server instead.
 */
export default async function globalSetup(): Promise<void> {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  process.env.HOUQIN_KAFKA_LIBS = ensureKafkaJars({
    pomDir: join(ROOT, 'deploy', 'local', 'kafka'),
    cacheDir: join(ROOT, '.cache', 'kafka'),
    log: (l) => console.log(l),
  });
  process.env.HOUQIN_S3_SERVER_BIN = ensureS3ServerBinary({ cacheDir: join(ROOT, '.cache', 's3'), log: (l) => console.log(l) });
  process.env.HOUQIN_CONSOLE_DIR = ensureConsoleBuild({ root: ROOT, log: (l) => console.log(l) });
  if (process.env.HOUQIN_TEST_PG_URL) return;
  const dir = mkdtempSync(join(tmpdir(), 'houqin-test-pg-'));
  const pg = await startPostgres({ dataDir: join(dir, 'data'), port: await freePort(), ephemeral: true });
  process.env.HOUQIN_TEST_PG_URL = pg.serverUrl;
  globalThis.__houqinPostgres = { pg, dir };
}

export async function globalTeardown(): Promise<void> {
  const started = globalThis.__houqinPostgres;
  if (!started) return;
  await started.pg.stop();
  rmSync(started.dir, { recursive: true, force: true });
}
