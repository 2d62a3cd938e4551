import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface ServiceProcessOptions {
  name: string;
  /** Repository root (cwd of the process). */
  root: string;
  /** Entry file relative to root, e.g. apps/org/src/main.ts. */
  entry: string;
  port: number;
  env: Record<string, string>;
  logFile: string;
  /** HTTP path that answers 200 once the process is ready. */
  readyPath: string;
  startTimeoutMs?: number;
  /** Also copy the process's output to this stream (local mode shows every service's logs). */
  echo?: NodeJS.WritableStream;
}

/** One platform process (a subgraph or the gateway) run from its TypeScript source. */
export class ServiceProcess {
  private child?: ChildProcess;

  constructor(readonly options: ServiceProcessOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    const o = this.options;
    mkdirSync(dirname(o.logFile), { recursive: true });
    const log = createWriteStream(o.logFile, { flags: 'a' });
    const child = spawn(process.execPath, ['-r', '@swc-node/register', o.entry], {
      cwd: o.root,
      env: { ...process.env, ...o.env, PORT: String(o.port), HOST: '127.0.0.1', APOLLO_TELEMETRY_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    for (const stream of [child.stdout, child.stderr]) {
      stream?.pipe(log, { end: false });
      if (o.echo) stream?.pipe(o.echo, { end: false });
    }
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code, signal) => reject(new Error(`${o.name} exited (${code ?? signal}) before it was ready:\n${this.logTail()}`))),
    );
    exited.catch(() => undefined);
    await Promise.race([this.waitReady(o.startTimeoutMs ?? 90_000), exited]);
  }

  private async waitReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) return;
      try {
        const response = await fetch(`${this.url}${this.options.readyPath}`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${this.options.name} not ready within ${timeoutMs} ms:\n${this.logTail()}`);
  }

  /** Graceful stop (SIGTERM: Nest shutdown hooks run). */
  stop(): Promise<void> {
    return this.signal('SIGTERM');
  }

  /** Abrupt death, as a crash or an OOM kill would be. */
  kill(): Promise<void> {
    return this.signal('SIGKILL');
  }

  private signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill(signal);
    });
  }

  logTail(lines = 40): string {
    try {
      return readFileSync(this.options.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }
}

export const serviceEntry = (name: string) => join('apps', name, 'src', 'main.ts');
