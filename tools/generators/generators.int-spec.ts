import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '@houqin/platform-testing';

/**
 * Both generators on a scratch copy of this workspace, as a new engineer would run them: the generated service must
 * type-check, lint, compose into the supergraph, pass the schema, event and error drift checks, and pass its own tests
 * (migrations against a real Postgres; its feature through the gateway, with the service booted against a real Postgres
 * and Kafka). Refusals must leave the workspace exactly as it was.
 */
const SERVICE = 'motor-pool';
const PORT = 4090;

let scratch: string;

function run(command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.trim() };
}

const node = (...args: string[]) => run(process.execPath, args);
/** A command that must succeed; on failure the assertion shows the end of what it printed. */
const succeeded = (result: { status: number | null; output: string }) => ({ status: result.status, end: result.output.slice(-3000) });
const nxBin = join(
  ROOT,
  'node_modules',
  'nx',
  (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'nx', 'package.json'), 'utf8')) as { bin: { nx: string } }).bin.nx,
);
const nx = (...args: string[]) => node(nxBin, ...args);
const script = (name: string, ...args: string[]) => node('-r', '@swc-node/register', join('tools', 'scripts', name), ...args);

/** Every file of the workspace (path and content), to prove a refusal wrote nothing. */
function fingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(scratch, dir)).sort()) {
      if (['node_modules', '.cache', '.nx'].includes(entry)) continue;
      const path = join(dir, entry);
      if (statSync(join(scratch, path)).isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(join(scratch, path)));
    }
  };
  walk('.');
  return hash.digest('hex');
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'houqin-generators-'));
  // The workspace as a clone would have it (tracked and new files, nothing git ignores), sharing the installed packages.
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    // Files only: a deleted file, or a symlink a developer's checkout may hold (.cache), is not part of a clone.
    if (!existsSync(join(ROOT, file)) || !lstatSync(join(ROOT, file)).isFile()) continue;
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    cpSync(join(ROOT, file), join(scratch, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'));
  if (existsSync(join(ROOT, '.cache'))) symlinkSync(join(ROOT, '.cache'), join(scratch, '.cache'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the service and feature generators', () => {
  it('refuse a name that is not kebab-case, an existing name and a taken port, and then write nothing', () => {
    const before = fingerprint();
    const refusals = [
      { args: ['Motor_Pool', '--port', String(PORT)], says: 'must be kebab-case' },
      { args: ['materials', '--port', String(PORT)], says: 'apps/materials already exists' },
      { args: [SERVICE, '--port', '4003'], says: 'port 4003 is taken by the materials service' },
      { args: [SERVICE, '--port', '4000'], says: 'port 4000 is taken by the gateway' },
    ];
    for (const { args, says } of refusals) {
      const result = nx('g', '@houqin/tools:service', ...args);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(says);
    }
    const feature = nx('g', '@houqin/tools:feature', 'materials', 'Trip Request');
    expect(feature.output).toContain('must be kebab-case');
    expect(nx('g', '@houqin/tools:feature', 'no-such-service', 'trip-request').output).toContain('there is no service "no-such-service"');
    expect(fingerprint()).toBe(before);
  });

  it('generate a service and a second feature that compose, pass every static check, and boot and answer through the gateway', () => {
    const service = nx(
      'g',
      '@houqin/tools:service',
      SERVICE,
      '--port',
      String(PORT),
      '--description',
      '车队: pooled vehicles',
      '--feature',
      'vehicle',
      '--featureZh',
      '车辆',
    );
    expect(succeeded(service)).toMatchObject({ status: 0 });
    const feature = nx('g', '@houqin/tools:feature', SERVICE, 'trip-request', '--zh', '出车申请');
    expect(succeeded(feature)).toMatchObject({ status: 0 });
    expect(feature.output).toContain(`UPDATE apps/${SERVICE}/src/${SERVICE}.module.ts`);

    // Known everywhere it must be, with no hand edit: the supergraph, the event and error catalogues.
    expect(readFileSync(join(scratch, 'apps/gateway/supergraph.graphql'), 'utf8')).toContain(
      `@join__graph(name: "${SERVICE}", url: "http://127.0.0.1:${PORT}/graphql")`,
    );
    expect(readFileSync(join(scratch, 'docs/events.md'), 'utf8')).toContain(`\`${SERVICE}.trip-request.created.v1\``);
    expect(readFileSync(join(scratch, 'docs/errors.md'), 'utf8')).toContain('`TRIP_REQUEST_NAME_TAKEN`');
    expect(script('role-catalogue.ts', '--check').output).toContain('docs/roles.md up to date');
    // A role the service introduces, declared beside its contracts as a developer would: it reaches the catalogue.
    const roles = join(scratch, `libs/contracts/src/${SERVICE}/${SERVICE}-roles.ts`);
    writeFileSync(roles, readFileSync(roles, 'utf8').replace(/\{\}\);/, "{ DRIVER: { zh: '驾驶员', en: 'Driver', description: 'Drives the pool vehicles.' } });"));
    expect(script('role-catalogue.ts').output).toContain('docs/roles.md updated');
    expect(readFileSync(join(scratch, 'docs/roles.md'), 'utf8')).toContain(`## Declared by ${SERVICE}`);

    expect(node(join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit')).toEqual({ status: 0, output: '' });
    expect(nx('show', 'projects').output).toContain(SERVICE);
    expect(node(join(ROOT, 'node_modules/eslint/bin/eslint.js'), `apps/${SERVICE}`, `libs/contracts/src/${SERVICE}`, '--max-warnings', '0')).toEqual({
      status: 0,
      output: '',
    });
    expect(script('update-schemas.ts', '--check').output).toContain('schemas up to date');
    expect(script('event-catalogue.ts', '--check').output).toContain('docs/events.md up to date');
    expect(script('error-catalogue.ts', '--check').output).toContain('docs/errors.md up to date');
    expect(script('role-catalogue.ts', '--check').output).toContain('docs/roles.md up to date');

    // Its own tests: unit specs, migration drift on Postgres, each feature through the gateway on Postgres and Kafka.
    const tests = node('-r', '@swc-node/register', join('tools', 'scripts', 'test.ts'), `apps/${SERVICE}`);
    // The runner's summary line (stdout, which `run` puts before jest's report on stderr).
    const summary = /^(\d+) passed, (\d+) failed, (\d+) skipped$/m.exec(tests.output);
    expect({ status: tests.status, summary: summary?.slice(1).map(Number) }).toEqual({ status: 0, summary: [expect.any(Number), 0, 0] });
    expect(summary && Number(summary[1])).toBeGreaterThanOrEqual(10);
  }, 1_200_000);
});
