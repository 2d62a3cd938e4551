import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { waitForPort } from './ports';

/** The broker version local mode and the tests run; docs/architecture.md lists the tested versions. */
export const DEFAULT_KAFKA_VERSION = '4.3.1';

export interface KafkaJarsOptions {
  /** Folder holding deploy/local/kafka/pom.xml. */
  pomDir: string;
  /** Cache root, e.g. <repo>/.cache/kafka; jars land in <cacheDir>/<version>/libs. */
  cacheDir: string;
  version?: string;
  log?: (line: string) => void;
}

/** Resolves the broker's jars from Maven Central once; later calls reuse the cache. */
export function ensureKafkaJars(options: KafkaJarsOptions): string {
  const version = options.version ?? DEFAULT_KAFKA_VERSION;
  const libs = resolve(options.cacheDir, version, 'libs');
  const marker = resolve(options.cacheDir, version, '.complete');
  if (existsSync(marker)) return libs;
  options.log?.(`resolving Apache Kafka ${version} from Maven Central into ${libs}`);
  mkdirSync(libs, { recursive: true });
  execFileSync(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      join(options.pomDir, 'pom.xml'),
      `-Dkafka.version=${version}`,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${libs}`,
      '-DincludeScope=runtime',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (!readdirSync(libs).some((f) => f.startsWith(`kafka_2.13-${version}`))) {
    throw new Error(`Maven did not produce kafka_2.13-${version}.jar in ${libs}`);
  }
  writeFileSync(marker, new Date().toISOString());
  return libs;
}

export interface StartKafkaOptions {
  libsDir: string;
  dataDir: string;
  port: number;
  controllerPort: number;
  heapMb?: number;
  startTimeoutMs?: number;
  /** Called with the broker's pid as soon as it is spawned (each launch), before it listens. */
  onSpawn?: (pid: number | undefined) => void;
}

export interface LocalKafka {
  brokers: string;
  /** The broker's java process, while it runs. */
  readonly pid: number | undefined;
  /** Stops the broker gracefully (SIGTERM) and waits for the process to exit. */
  stop(): Promise<void>;
  /** Kills the broker (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** Starts the broker again on the same ports and data. */
  restart(): Promise<void>;
}

function writeConfig(o: StartKafkaOptions): { properties: string; log4j: string; logsDir: string } {
  const logsDir = join(o.dataDir, 'logs');
  mkdirSync(logsDir, { recursive: true });
  const properties = join(o.dataDir, 'server.properties');
  writeFileSync(
    properties,
    [
      'node.id=1',
      'process.roles=broker,controller',
      `listeners=PLAINTEXT://127.0.0.1:${o.port},CONTROLLER://127.0.0.1:${o.controllerPort}`,
      `advertised.listeners=PLAINTEXT://127.0.0.1:${o.port}`,
      'controller.listener.names=CONTROLLER',
      'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
      `controller.quorum.voters=1@127.0.0.1:${o.controllerPort}`,
      `log.dirs=${join(o.dataDir, 'data')}`,
      'offsets.topic.replication.factor=1',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'group.initial.rebalance.delay.ms=0',
      'num.partitions=3',
      // Topics are created by the services (events lib) with explicit settings.
      'auto.create.topics.enable=false',
      '',
    ].join('\n'),
  );
  const log4j = join(o.dataDir, 'log4j2.properties');
  writeFileSync(
    log4j,
    [
      'status = warn',
      'appender.file.type = File',
      'appender.file.name = file',
      `appender.file.fileName = ${join(logsDir, 'server.log')}`,
      'appender.file.layout.type = PatternLayout',
      'appender.file.layout.pattern = [%d] %p %m (%c)%n',
      'rootLogger.level = info',
      'rootLogger.appenderRef.file.ref = file',
      '',
    ].join('\n'),
  );
  return { properties, log4j, logsDir };
}

export async function startKafka(options: StartKafkaOptions): Promise<LocalKafka> {
  mkdirSync(options.dataDir, { recursive: true });
  const { properties, log4j, logsDir } = writeConfig(options);
  const classpath = join(options.libsDir, '*');
  if (!existsSync(join(options.dataDir, 'data', 'meta.properties'))) {
    // A cluster id is 16 random bytes in base64url; one starting with '-' would be read as an option.
    const clusterId = `A${randomBytes(16).toString('base64url').slice(1)}`;
    execFileSync(
      'java',
      ['-cp', classpath, `-Dlog4j2.configurationFile=${log4j}`, 'kafka.tools.StorageTool', 'format', `--cluster-id=${clusterId}`, '-c', properties],
      {
        stdio: ['ignore', 'pipe', 'pipe'], // kept, so a failure reports the tool's output
      },
    );
  }
  let child: ChildProcess | undefined;
  const launch = async () => {
    const out = createWriteStream(join(logsDir, 'stdout.log'), { flags: 'a' });
    const heap = `${options.heapMb ?? 512}m`;
    child = spawn('java', [`-Xms${heap}`, `-Xmx${heap}`, '-XX:+UseG1GC', `-Dlog4j2.configurationFile=${log4j}`, '-cp', classpath, 'kafka.Kafka', properties], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    options.onSpawn?.(child.pid);
    child.stdout?.pipe(out);
    child.stderr?.pipe(out);
    const exited = new Promise<never>((_, reject) => child?.once('exit', (code) => reject(new Error(`Kafka exited with code ${code}; see ${logsDir}`))));
    await Promise.race([waitForPort(options.port, options.startTimeoutMs ?? 60_000), exited]);
  };
  const terminate = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      const proc = child;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill(signal);
    });
  await launch();
  process.once('exit', () => child?.kill('SIGKILL'));
  return {
    brokers: `127.0.0.1:${options.port}`,
    get pid() {
      return child?.pid;
    },
    stop: () => terminate('SIGTERM'),
    kill: () => terminate('SIGKILL'),
    restart: launch,
  };
}
