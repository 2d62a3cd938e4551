import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname } from 'node:path';
import { inspect } from 'node:util';

/** One process a supervisor started: how to find it again, and how to stop it. */
export interface SupervisedProcess {
  name: string;
  pid: number;
  /** The TCP port it listens on, if any (checked free once it is gone). */
  port?: number;
  /** The signal that stops it gracefully: SIGTERM for Node and Kafka, SIGINT (fast shutdown) for PostgreSQL. */
  signal: NodeJS.Signals;
  /** `ps` start time and command line when it was recorded: a later run kills the pid only while both still match. */
  startedAt: string;
  command: string;
}

/** `<data>/run.json`: the supervisor and every process it started, while it runs. */
export interface RunFile {
  supervisor: { pid: number; startedAt: string; command: string };
  /** The watchdog that stops the processes if the supervisor dies without doing so. */
  watchdogPid?: number;
  processes: SupervisedProcess[];
}

/** A message a supervisor prints: never `undefined` for an error that is not an Error. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause === undefined ? '' : ` (cause: ${describeError(error.cause)})`;
    return `${error.message || error.name}${cause}`;
  }
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') return (error as { message: string }).message;
  return inspect(error, { depth: 3, breakLength: Infinity });
}

/** `ps` identity of a live process (start time and command line), or undefined when there is no such process. */
export function processIdentity(pid: number): { startedAt: string; command: string } | undefined {
  if (!isAlive(pid)) return undefined;
  try {
    const startedAt = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    const command = execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return startedAt ? { startedAt, command } : undefined;
  } catch {
    return undefined; // ps exits 1 when the pid is gone
  }
}

/** Whether the pid is a running process (a zombie, dead but not yet reaped, is not). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    // Linux: the state follows the command name in parentheses; Z is a zombie.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return existsSync('/proc/self') ? false : true; // no /proc (macOS): kill(0) is all there is
  }
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The watchdog: a detached Node process (its own session, so a terminal's SIGHUP or Ctrl-C does not reach it)
 * whose stdin is a pipe from the supervisor. Each line is `{"pid":…,"signal":…}` to watch, or `"release"` once
 * the supervisor has stopped them itself. When stdin ends without a release, the supervisor is gone, however it
 * died (SIGKILL included: the kernel closes its end of the pipe): the watchdog signals every watched process,
 * waits up to 20 s, then SIGKILLs what is left, and exits. Kafka (java) and postgres cannot watch their parent
 * themselves; this covers them and the Node services alike.
 */
const WATCHDOG = `
const watched = [];
let released = false;
let buffer = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  buffer += chunk;
  let nl;
  while ((nl = buffer.indexOf('\\n')) >= 0) {
    const line = buffer.slice(0, nl);
    buffer = buffer.slice(nl + 1);
    const message = JSON.parse(line);
    if (message === 'release') released = true;
    else watched.push(message);
  }
});
const alive = (pid) => {
  try { process.kill(pid, 0); } catch (e) { if (e.code !== 'EPERM') return false; }
  try { const s = require('fs').readFileSync('/proc/' + pid + '/stat', 'utf8'); return s[s.lastIndexOf(')') + 2] !== 'Z'; } catch { return true; }
};
process.stdin.on('end', async () => {
  if (released) process.exit(0);
  for (const p of [...watched].reverse()) { try { process.kill(p.pid, p.signal); } catch {} }
  const deadline = Date.now() + 20000;
  while (watched.some((p) => alive(p.pid)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const p of watched) { try { process.kill(p.pid, 'SIGKILL'); } catch {} }
  process.exit(0);
});
`;

export interface SupervisorOptions {
  /** Where the run file lives, e.g. `.data/run.json`. */
  runFile: string;
  /** What to tell the user to run when another supervisor is still running. */
  stopHint?: string;
  log?: (line: string) => void;
}

/**
 * The process handling of `npm start`: every child it starts dies with it, whatever ends it.
 * - SIGINT, SIGTERM and SIGHUP run `onStop` (stop each child gracefully, newest first) and exit;
 * - a SIGKILL (or any death that skips that) closes the watchdog's pipe, and the watchdog stops them;
 * - if the watchdog was killed as well, the run file is left: the next `prepare()` verifies each pid is still
 *   the process recorded (start time and command line) and stops it, or, while the supervisor that wrote it is
 *   still running, refuses with its pids and ports.
 */
export class Supervisor {
  private readonly processes: SupervisedProcess[] = [];
  private watchdog?: ChildProcess;
  private readonly log: (line: string) => void;

  constructor(readonly options: SupervisorOptions) {
    this.log = options.log ?? (() => undefined);
  }

  /** Reads the run file a previous run left, if any. */
  readRunFile(): RunFile | undefined {
    if (!existsSync(this.options.runFile)) return undefined;
    try {
      return JSON.parse(readFileSync(this.options.runFile, 'utf8')) as RunFile;
    } catch {
      return undefined;
    }
  }

  /**
   * Before starting anything: stops what a crashed run left behind (only processes that are still the ones it
   * recorded), or throws, naming pids and ports, while that run's supervisor is alive or a port is still taken.
   */
  async prepare(ports: { name: string; port: number }[] = []): Promise<void> {
    const previous = this.readRunFile();
    if (previous) {
      const same = (recorded: { pid: number; startedAt: string; command: string }) => {
        const now = processIdentity(recorded.pid);
        return !!now && now.startedAt === recorded.startedAt && now.command === recorded.command;
      };
      const listing = (ps: SupervisedProcess[]) => ps.map((p) => `${p.name} pid ${p.pid}${p.port ? ` port ${p.port}` : ''}`).join(', ');
      if (previous.supervisor.pid !== process.pid && same(previous.supervisor)) {
        throw new Error(
          `another run is still going: supervisor pid ${previous.supervisor.pid} with ${listing(previous.processes.filter(same)) || 'no children yet'}. ` +
            (this.options.stopHint ?? `Stop it with Ctrl-C in its terminal or \`kill ${previous.supervisor.pid}\`, then start again.`),
        );
      }
      const left = previous.processes.filter(same);
      if (left.length) {
        this.log(`stopping what an earlier run left running: ${listing(left)}`);
        await stopProcesses(left);
      }
      rmSync(this.options.runFile, { force: true });
    }
    const busy: string[] = [];
    for (const { name, port } of ports) if (await portInUse(port)) busy.push(`${name} port ${port}${listenerOf(port)}`);
    if (busy.length)
      throw new Error(`ports still in use, not by a process an earlier run recorded: ${busy.join(', ')}. Stop what holds them, or choose other ports.`);
  }

  /** Writes the run file and starts the watchdog; call before starting any child. */
  begin(): void {
    const me = processIdentity(process.pid);
    if (!me) throw new Error('cannot read this process with ps');
    this.supervisorIdentity = { pid: process.pid, ...me };
    const watchdog = spawn(process.execPath, ['-e', WATCHDOG], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
    watchdog.unref();
    (watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    // A write after the watchdog is gone must not crash the supervisor.
    watchdog.stdin?.on('error', () => undefined);
    this.watchdog = watchdog;
    this.writeRunFile();
  }

  private supervisorIdentity?: RunFile['supervisor'];

  /** Records a started child: in the run file and with the watchdog. */
  track(name: string, pid: number | undefined, signal: NodeJS.Signals, port?: number): void {
    if (!pid) throw new Error(`${name} has no pid to track`);
    const identity = processIdentity(pid);
    if (!identity) throw new Error(`${name} (pid ${pid}) exited right after it started`);
    this.processes.push({ name, pid, port, signal, ...identity });
    this.writeRunFile();
    this.watchdog?.stdin?.write(`${JSON.stringify({ pid, signal })}\n`);
  }

  get tracked(): readonly SupervisedProcess[] {
    return this.processes;
  }

  /**
   * SIGINT, SIGTERM and SIGHUP call `stop` once (later signals are ignored while it runs). A closed terminal
   * (SIGHUP) also makes writes to stdout fail: those errors are swallowed so the stop still runs.
   */
  onSignals(stop: (signal: NodeJS.Signals) => void): void {
    for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
    let stopping = false;
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => {
        if (stopping) return;
        stopping = true;
        stop(signal);
      });
    }
  }

  /**
   * After the children were stopped gracefully: makes sure none is left (signal, then SIGKILL), releases the
   * watchdog and removes the run file.
   */
  async finish(): Promise<void> {
    await stopProcesses(this.processes.filter((p) => isAlive(p.pid)));
    this.watchdog?.stdin?.write('"release"\n');
    this.watchdog?.stdin?.end();
    // Only this run's own file: one that refused to start leaves the running one's alone.
    if (this.supervisorIdentity) rmSync(this.options.runFile, { force: true });
  }

  private writeRunFile(): void {
    if (!this.supervisorIdentity) return;
    const run: RunFile = { supervisor: this.supervisorIdentity, watchdogPid: this.watchdog?.pid, processes: this.processes };
    mkdirSync(dirname(this.options.runFile), { recursive: true });
    const temporary = `${this.options.runFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(run, null, 2));
    renameSync(temporary, this.options.runFile);
  }
}

/** Signals each process (newest first), waits up to 20 s for all to exit, then SIGKILLs what is left. */
export async function stopProcesses(processes: readonly SupervisedProcess[]): Promise<void> {
  for (const p of [...processes].reverse()) {
    try {
      process.kill(p.pid, p.signal);
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + 20_000;
  while (processes.some((p) => isAlive(p.pid)) && Date.now() < deadline) await sleep(100);
  for (const p of processes) {
    try {
      if (isAlive(p.pid)) process.kill(p.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  while (processes.some((p) => isAlive(p.pid))) await sleep(100);
}

/** ` (pid 123, node)` for the process listening on the port, where `ss` can tell. */
function listenerOf(port: number): string {
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
    const match = /users:\(\("([^"]+)",pid=(\d+)/.exec(out);
    return match ? ` (pid ${match[2]}, ${match[1]})` : '';
  } catch {
    return '';
  }
}
