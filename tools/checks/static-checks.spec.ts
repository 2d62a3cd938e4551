import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_FOLDERS, findCoreFolderImports, findImportCycles } from './import-graph';

/** The repository's own gates, run as tests so they count in the one summary: types, lint, schema drift. */
const root = join(__dirname, '..', '..');

function run(args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.trim() };
}

describe('static checks', () => {
  it('type-checks the whole workspace (strict)', () => {
    const result = run([join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit']);
    expect(result).toEqual({ status: 0, output: '' });
  });

  it('type-checks the web console (browser, JSX, strict)', () => {
    const result = run([join(root, 'node_modules/typescript/bin/tsc'), '-p', 'apps/console/tsconfig.json']);
    expect(result).toEqual({ status: 0, output: '' });
  });

  it("has committed console documents (typed, with their ids) that match the console's queries and the API schema", () => {
    const result = run(['-r', '@swc-node/register', 'tools/scripts/console-codegen.ts', '--check']);
    expect(result).toEqual({ status: 0, output: expect.stringContaining('console documents up to date') });
  });

  it('passes lint, including module boundaries and @Roles on every operation', () => {
    // The boundary rule needs Nx's project graph; without it the rule silently skips.
    const nxPackage = JSON.parse(readFileSync(join(root, 'node_modules/nx/package.json'), 'utf8')) as { bin: { nx: string } };
    const nxBin = join(root, 'node_modules/nx', nxPackage.bin.nx);
    const graph = run([nxBin, 'show', 'projects']);
    expect(graph.status).toBe(0);
    const lint = run([join(root, 'node_modules/eslint/bin/eslint.js'), '.', '--max-warnings', '0']);
    expect(lint.output).not.toContain('No cached ProjectGraph');
    expect(lint).toEqual({ status: 0, output: '' });
  });

  const services = readdirSync(join(root, 'apps')).filter((app) => existsSync(join(root, 'apps', app, 'src')));
  it.each(services)('has no import cycle in %s, and its core folder imports no sibling feature', (app) => {
    const src = join(root, 'apps', app, 'src');
    expect(findImportCycles(src)).toEqual([]);
    if (CORE_FOLDERS[app]) expect(findCoreFolderImports(src, CORE_FOLDERS[app])).toEqual([]);
  });

  it('has committed subgraph schemas and a supergraph that match the code and compose', () => {
    const result = run(['-r', '@swc-node/register', 'tools/scripts/update-schemas.ts', '--check']);
    expect(result).toEqual({ status: 0, output: expect.stringContaining('schemas up to date') });
  });

  it("has an error catalogue (docs/errors.md) that matches the codes, and no service answers with another's code", () => {
    const result = run(['-r', '@swc-node/register', 'tools/scripts/error-catalogue.ts', '--check']);
    expect(result).toEqual({ status: 0, output: expect.stringContaining('docs/errors.md up to date') });
  });

  it('has a role catalogue (docs/roles.md) that matches the declared roles and what each operation admits', () => {
    const result = run(['-r', '@swc-node/register', 'tools/scripts/role-catalogue.ts', '--check']);
    expect(result).toEqual({ status: 0, output: expect.stringContaining('docs/roles.md up to date') });
  });

  it('has an event catalogue (docs/events.md) that matches the contracts and what the services consume', () => {
    const result = run(['-r', '@swc-node/register', 'tools/scripts/event-catalogue.ts', '--check']);
    expect(result).toEqual({ status: 0, output: expect.stringContaining('docs/events.md up to date') });
  });
});
