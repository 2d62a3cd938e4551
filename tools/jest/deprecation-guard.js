// Preloaded (node --require, through NODE_OPTIONS) by tools/scripts/test.ts into jest, its workers and every process a
// test starts (the services TestPlatform runs inherit the environment): a DeprecationWarning emitted while our own
// code is on the stack (apps/, libs/, tools/, tests/; not node_modules) throws at the call that caused it, as
// --throw-deprecation would, so the test around it fails instead of a warning scrolling past. Deprecations from
// dependencies alone stay warnings. A service's throw lands in its log (.../logs/<service>.log) and fails its request.
// pg's "client.query() when the client is already executing a query" is one: it comes from util.deprecate, which
// calls process.emitWarning once per deprecated function; wrapping process.emitWarning here sees it.
'use strict';
const { join, sep } = require('node:path');

const ROOT = join(__dirname, '..', '..');
const SELF = join(__dirname, 'deprecation-guard.js');
const OURS = ['apps', 'libs', 'tools', 'tests'].map((dir) => join(ROOT, dir) + sep);

/** The first stack frame in our own code, if any (this guard's own frames excepted). */
function ourFrame(stack) {
  return stack
    .split('\n')
    .slice(1)
    .find((line) => OURS.some((dir) => line.includes(dir)) && !line.includes(`${sep}node_modules${sep}`) && !line.includes(SELF));
}

function isDeprecation(warning, type) {
  if (warning instanceof Error) return warning.name === 'DeprecationWarning';
  const name = typeof type === 'object' && type !== null ? type.type : type;
  return name === 'DeprecationWarning';
}

// kafkajs's request queue asks for a negative timeout on every connection's first response (see
// libs/platform/events/src/kafkajs-timer-warning.ts, which drops the same one in the services): not ours to fix.
const KAFKAJS_REQUEST_QUEUE = /kafkajs[\\/]src[\\/]network[\\/]requestQueue[\\/]/;
function isKafkajsThrottleTimerWarning(warning, type, stack) {
  const name = warning instanceof Error ? warning.name : typeof type === 'object' && type !== null ? type.type : type;
  return name === 'TimeoutNegativeWarning' && KAFKAJS_REQUEST_QUEUE.test(stack);
}

// TypeORM's schema builder (the migration drift checks' `pendingSchemaChanges`) reads every table's column types with
// overlapping queries on one connection: pg's "already executing a query" deprecation, raised inside TypeORM, not ours
// to fix (it passes through our pool client on the way).
const TYPEORM_SCHEMA_BUILDER = /schema-builder[\\/]RdbmsSchemaBuilder/;
const isTypeormSchemaBuilderOverlap = (warning, stack) =>
  String(warning instanceof Error ? warning.message : warning).includes('already executing a query') && TYPEORM_SCHEMA_BUILDER.test(stack);

const emitWarning = process.emitWarning;
process.emitWarning = function guardedEmitWarning(warning, type, ...rest) {
  const stackHere = new Error().stack ?? '';
  if (isKafkajsThrottleTimerWarning(warning, type, stackHere) || isTypeormSchemaBuilderOverlap(warning, stackHere)) return undefined;
  if (isDeprecation(warning, type)) {
    const stack = new Error().stack ?? '';
    const frame = ourFrame(stack);
    // One a dependency emits while it is being loaded (punycode, for one) is its own, whoever imported it.
    const loading = stack.includes('at Module._compile') || stack.includes('at Module.require');
    if (frame && !loading) {
      const message = warning instanceof Error ? warning.message : String(warning);
      const error = new Error(`DeprecationWarning from our code (tools/jest/deprecation-guard.js): ${message}\n  first frame of ours: ${frame.trim()}`);
      error.name = 'DeprecationError';
      throw error;
    }
  }
  return emitWarning.call(this, warning, type, ...rest);
};

module.exports = { ourFrame };
