/**
 * `npm test`: every test layer in one jest run (unit, integration, end-to-end, static checks), then the
 * plain summary CI reads as the last line: `N passed, N failed, N skipped`. Extra arguments go to jest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface JestResults {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numRuntimeErrorTestSuites: number;
}

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'houqin-jest-'));
const outputFile = join(dir, 'results.json');
const nodeFlags = ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning'];
// Into jest, its workers and every process a test starts (they inherit the environment): a deprecation from our own
// code fails the test, and kafkajs's one negative timer is dropped (tools/jest/deprecation-guard.js says why).
const nodeOptions = [process.env.NODE_OPTIONS, `--require=${join(root, 'tools', 'jest', 'deprecation-guard.js')}`].filter(Boolean).join(' ');
const run = spawnSync(
  process.execPath,
  [...nodeFlags, join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '--json', `--outputFile=${outputFile}`, ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: nodeOptions, APOLLO_TELEMETRY_DISABLED: 'true', NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  },
);

let passed = 0;
let failed = 1;
let skipped = 0;
if (existsSync(outputFile)) {
  const results = JSON.parse(readFileSync(outputFile, 'utf8')) as JestResults;
  passed = results.numPassedTests;
  // A suite that fails to load has no test results of its own; count it as one failure.
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
  skipped = results.numPendingTests + results.numTodoTests;
}
rmSync(dir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
