import { freePort, LocalS3Server, startS3Server } from '@houqin/platform-local-infra';
import { join } from 'node:path';

/** Starts a private S3-compatible server for one test file, with the given buckets. */
export async function startTestS3Server(dir: string, buckets: string[]): Promise<LocalS3Server> {
  const binary = process.env.HOUQIN_S3_SERVER_BIN;
  if (!binary) throw new Error('HOUQIN_S3_SERVER_BIN is not set: run the tests through jest (global setup builds the S3 server)');
  return startS3Server({ binary, dataDir: join(dir, 's3'), port: await freePort(), buckets });
}
