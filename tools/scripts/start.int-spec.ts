import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, freePort, GATEWAY_PORT, isAlive, portInUse, RunFile } from '@houqin/platform-local-infra';

/**
 * `npm start` itself (tools/scripts/start.ts), with real embedded PostgreSQL, a real Kafka broker, the org service
 * and the gateway, in a scratch data folder on free ports: whatever ends the supervisor, every child it started
 * is gone and every port free afterwards; a later start stops what a run that lost its watchdog too left
 * behind; a start while another runs refuses, naming its pids and ports. No timing: polls with generous limits.
 */
const ROOT = join(__dirname, '..', '..');
// A case may wait 240 s for a cold start (first Postgres and Kafka of the data folder, org migrated and seeded), then
// 90 s for every child to be gone and 30 s for the watchdog: on a CI machine busy with the other suites a cold start
// took over the default 180 s once, so each case gets what its own waits add up to.
jest.setTimeout(400_000);

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

describe('npm start survives its own supervisor', () => {
  let dir: string;
  let env: Record<string, string>;
  const runs: Run[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'houqin-start-'));
    // Kafka's controller listens on the broker port + 1; the services on their manifest port + the offset.
    const pair = async () => {
      for (;;) {
        const port = await freePort();
        if (!(await portInUse(port + 1))) return port;
      }
    };
    const kafka = await pair();
    const gateway = await pair(); // gateway 4000 and org 4001, shifted
    env = {
      HOUQIN_DATA_DIR: join(dir, 'data'),
      HOUQIN_PG_PORT: String(await freePort()),
      HOUQIN_KAFKA_PORT: String(kafka),
      HOUQIN_PORT_OFFSET: String(gateway - GATEWAY_PORT),
      HOUQIN_SERVICES: 'org',
    };
  });

  afterAll(async () => {
    // Whatever a failed case left: the supervisors, then what their run file names.
    for (const run of runs) if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
    const left = runFile();
    for (const pid of [left?.watchdogPid, ...(left?.processes.map((p) => p.pid) ?? [])]) if (pid && isAlive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  const runFile = (): RunFile | undefined => {
    const file = join(env.HOUQIN_DATA_DIR, 'run.json');
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RunFile) : undefined;
  };

  /** Starts the supervisor in its own process group (a signal to it reaches it alone, the hardest case). */
  const start = (): Run => {
    let output = '';
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/scripts/start.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const run = { child, output: () => output, exited };
    runs.push(run);
    return run;
  };

  /** Starts and waits for the whole platform (org seeded, demo tokens printed); returns what it runs. */
  const started = async (): Promise<{ run: Run; file: RunFile }> => {
    const run = start();
    await eventually(
      async () => {
        if (run.child.exitCode !== null) throw new Error(`start exited ${run.child.exitCode}:\n${run.output()}`);
        return run.output().includes('Ctrl-C stops everything') || undefined;
      },
      240_000,
      'npm start to finish starting',
    );
    const file = runFile()!;
    expect(file.supervisor.pid).toBe(run.child.pid);
    expect(file.processes.map((p) => p.name).sort()).toEqual(['Kafka', 'PostgreSQL', 'gateway', 'org']);
    for (const p of file.processes) expect({ name: p.name, alive: isAlive(p.pid) }).toEqual({ name: p.name, alive: true });
    // The gateway and a service answer without saying what they run on.
    for (const [name, path] of [
      ['gateway', '/health/live'],
      ['org', '/health/ready'],
    ]) {
      const response = await fetch(`http://127.0.0.1:${file.processes.find((p) => p.name === name)!.port}${path}`);
      expect({ name, status: response.status, poweredBy: response.headers.get('x-powered-by') }).toEqual({ name, status: 200, poweredBy: null });
    }
    // The web console is served at the gateway's root, and its sign-in page lists the demo logins with their tokens.
    const gateway = `http://127.0.0.1:${file.processes.find((p) => p.name === 'gateway')!.port}`;
    expect(run.output()).toContain(`Web console (后勤管理平台): ${gateway}/`);
    const page = await fetch(`${gateway}/work-orders`, { headers: { accept: 'text/html' } });
    expect({ status: page.status, html: (await page.text()).includes('<div id="root">') }).toEqual({ status: 200, html: true });
    const config = (await (await fetch(`${gateway}/console-config.json`)).json()) as { signIn: string; logins: { login: string; token: string }[] };
    expect(config.signIn).toBe('demo');
    expect(config.logins.find((l) => l.login === 'east-nurse')?.token).toMatch(/^ey/);
    return { run, file };
  };

  /** Every process the run file named has exited, and every port it named is free. */
  const allGone = async (file: RunFile) => {
    await eventually(
      async () => {
        const alive = file.processes.filter((p) => isAlive(p.pid));
        const busy = (await Promise.all(file.processes.map(async (p) => (p.port && (await portInUse(p.port)) ? p.port : 0)))).filter(Boolean);
        return (alive.length === 0 && busy.length === 0) || undefined;
      },
      90_000,
      `every child gone and every port free: ${file.processes.map((p) => `${p.name} ${p.pid}:${p.port}`).join(', ')}`,
    );
  };

  it.each(['SIGHUP', 'SIGINT', 'SIGTERM'] as const)('stops every child gracefully on %s and leaves no run file', async (signal) => {
    const { run, file } = await started();
    run.child.kill(signal);
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('[houqin] stopping...');
    expect(run.output()).toContain('[houqin] stopped');
    await allGone(file);
    expect(runFile()).toBeUndefined();
    await eventually(async () => !isAlive(file.watchdogPid!) || undefined, 30_000, 'the released watchdog to exit');
  });

  it('refuses a second start while one runs, naming its pids and ports, and leaves the running one alone', async () => {
    const { run, file } = await started();
    const second = start();
    expect(await second.exited).toBe(1);
    const refusal = second.output();
    expect(refusal).toContain(`another run is still going: supervisor pid ${file.supervisor.pid}`);
    for (const p of file.processes) expect(refusal).toContain(`${p.name} pid ${p.pid} port ${p.port}`);
    expect(refusal).toContain('Ctrl-C');
    expect(refusal).not.toContain('undefined');
    expect(runFile()).toEqual(file);
    for (const p of file.processes) expect(isAlive(p.pid)).toBe(true);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    await allGone(file);
  });

  it('SIGKILL of the supervisor: the watchdog stops every child', async () => {
    const { run, file } = await started();
    run.child.kill('SIGKILL');
    await run.exited;
    await allGone(file);
    await eventually(async () => !isAlive(file.watchdogPid!) || undefined, 60_000, 'the watchdog to exit');
  });

  it('SIGKILL of the supervisor and its watchdog: the next start stops what was left, then starts', async () => {
    const { run, file } = await started();
    process.kill(file.watchdogPid!, 'SIGKILL');
    run.child.kill('SIGKILL');
    await run.exited;
    await eventually(async () => !isAlive(file.watchdogPid!) || undefined, 30_000, 'the watchdog to die');
    for (const p of file.processes) expect({ name: p.name, alive: isAlive(p.pid) }).toEqual({ name: p.name, alive: true });

    const next = await started();
    expect(next.run.output()).toContain(`stopping what an earlier run left running: ${file.processes.map((p) => `${p.name} pid ${p.pid} port ${p.port}`).join(', ')}`);
    for (const p of file.processes) expect(isAlive(p.pid)).toBe(false);
    next.run.child.kill('SIGINT');
    expect(await next.run.exited).toBe(0);
    await allGone(next.file);
  });
});
