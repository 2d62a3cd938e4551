// One jest run for every layer: unit (*.spec.ts, no I/O), integration (*.int-spec.ts, real Postgres and
// Kafka) and end-to-end (*.e2e-spec.ts, the real processes through the gateway). The global setup starts
// one Postgres server and resolves the Kafka jars; each test file that needs Kafka starts its own broker.
const { compilerOptions } = require('./tsconfig.base.json');
const swcrc = JSON.parse(require('fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias.replace('/', '\\/')}$`, `<rootDir>/${target}`]),
);

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,tools,tests}/**/*.{spec,int-spec,e2e-spec}.ts'],
  // Our TypeScript compiles to CommonJS. NestJS 12, jose and others ship ESM only: jest loads them through
  // Node's require(esm), which needs `node --experimental-vm-modules` (tools/scripts/test.ts passes it).
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcrc, $schema: undefined, sourceMaps: 'inline' }] },
  moduleNameMapper,
  setupFiles: ['<rootDir>/tools/jest/load-service-errors.js'],
  globalSetup: '<rootDir>/tools/jest/global-setup.js',
  globalTeardown: '<rootDir>/tools/jest/global-teardown.js',
  testTimeout: 180_000,
  maxWorkers: 2,
  reporters: ['default'],
};
