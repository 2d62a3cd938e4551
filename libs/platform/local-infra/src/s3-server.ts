import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { waitForPort } from './ports';

/**
 * The S3-compatible server the tests run: Versity's versitygw (Apache-2.0), a production S3 gateway over a
 * plain directory. It checks SigV4 signatures, If-None-Match and SHA-256 checksums and answers with AWS's
 * error codes; built from the Go module proxy because no registry this project reaches ships its binary.
 */
export const DEFAULT_VERSITYGW_VERSION = 'v1.8.0';

export interface S3ServerBinaryOptions {
  /** Cache root, e.g. <repo>/.cache/s3; the binary lands in <cacheDir>/<version>/versitygw. */
  cacheDir: string;
  version?: string;
  log?: (line: string) => void;
}

/** Builds versitygw with the machine's Go (go.mod asks for 1.25+) once; later calls reuse the binary. */
export function ensureS3ServerBinary(options: S3ServerBinaryOptions): string {
  const version = options.version ?? DEFAULT_VERSITYGW_VERSION;
  const binary = resolve(options.cacheDir, version, 'versitygw');
  if (existsSync(binary)) return binary;
  options.log?.(`building versitygw ${version} from the Go module proxy into ${binary} (a minute or two, once)`);
  mkdirSync(options.cacheDir, { recursive: true });
  // Built aside and renamed into place, so an interrupted build never leaves a binary that looks complete.
  const staging = mkdtempSync(join(options.cacheDir, '.build-'));
  try {
    execFileSync('go', ['install', '-trimpath', `github.com/versity/versitygw/cmd/versitygw@${version}`], {
      env: { ...process.env, GOBIN: staging, CGO_ENABLED: '0' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    mkdirSync(resolve(options.cacheDir, version), { recursive: true });
    renameSync(join(staging, 'versitygw'), binary);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return binary;
}

export interface StartS3ServerOptions {
  binary: string;
  /** Objects under <dataDir>/objects/<bucket>/, metadata under <dataDir>/meta, the log in <dataDir>/server.log. */
  dataDir: string;
  port: number;
  /** Buckets that exist from the start. */
  buckets?: string[];
  region?: string;
  startTimeoutMs?: number;
}

export interface LocalS3Server {
  endpoint: string;
  region: string;
  /** Random per start: the server refuses requests not signed with them. */
  accessKeyId: string;
  secretAccessKey: string;
  stop(): Promise<void>;
}

/** Starts versitygw on 127.0.0.1 (path-style addressing; single account with the returned credentials). */
export async function startS3Server(options: StartS3ServerOptions): Promise<LocalS3Server> {
  const objects = join(options.dataDir, 'objects');
  const meta = join(options.dataDir, 'meta');
  // A bucket is a directory; metadata lives in a sidecar directory so no filesystem needs extended attributes.
  for (const bucket of options.buckets ?? []) mkdirSync(join(objects, bucket), { recursive: true });
  mkdirSync(objects, { recursive: true });
  mkdirSync(meta, { recursive: true });
  const region = options.region ?? 'us-east-1';
  const accessKeyId = `houqin${randomBytes(6).toString('hex')}`;
  const secretAccessKey = randomBytes(24).toString('base64url');
  const child: ChildProcess = spawn(
    options.binary,
    ['--port', `127.0.0.1:${options.port}`, '--region', region, '--quiet', 'posix', '--sidecar', meta, objects],
    // Credentials by environment, so they do not show in the process list.
    { env: { ...process.env, ROOT_ACCESS_KEY_ID: accessKeyId, ROOT_SECRET_ACCESS_KEY: secretAccessKey }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log = createWriteStream(join(options.dataDir, 'server.log'), { flags: 'a' });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`versitygw exited with code ${code}; see ${join(options.dataDir, 'server.log')}`))),
  );
  exited.catch(() => undefined);
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  process.once('exit', () => child.kill('SIGKILL'));
  try {
    await Promise.race([waitForPort(options.port, options.startTimeoutMs ?? 30_000), exited]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint: `http://127.0.0.1:${options.port}`, region, accessKeyId, secretAccessKey, stop };
}
