/**
 * kafkajs 2.2.4 (the last release) schedules its request queue's throttle check with
 * `setTimeout(fn, this.throttledUntil - Date.now())` (src/network/requestQueue/index.js, scheduleCheckPendingRequests),
 * and `throttledUntil` starts at -1: once the pending queue is empty, every connection's first response asks for a
 * timeout of about -1.7e12 ms, which Node 24 reports as `TimeoutNegativeWarning` (Node runs it after 1 ms, as kafkajs
 * means). No setting of ours reaches that line (upstream: kafkajs issue #1751, fix in unmerged PR #1755). So exactly
 * that warning is dropped: a TimeoutNegativeWarning whose stack is in kafkajs's request queue; any other one still
 * shows. tools/jest/deprecation-guard.js does the same for the test run's own processes.
 */
const KAFKAJS_REQUEST_QUEUE = /kafkajs[\\/]src[\\/]network[\\/]requestQueue[\\/]/;

export function isKafkajsThrottleTimerWarning(warning: string | Error, type: unknown, stack: string): boolean {
  const name = warning instanceof Error ? warning.name : typeof type === 'object' && type !== null ? (type as { type?: string }).type : type;
  return name === 'TimeoutNegativeWarning' && KAFKAJS_REQUEST_QUEUE.test(stack);
}

let installed = false;

/** Installs the filter on this process's `process.emitWarning`, once. */
export function dropKafkajsThrottleTimerWarning(): void {
  if (installed) return;
  installed = true;
  const emitWarning = process.emitWarning;
  process.emitWarning = function filteredEmitWarning(this: NodeJS.Process, warning: string | Error, ...rest: unknown[]) {
    if (isKafkajsThrottleTimerWarning(warning, rest[0], new Error().stack ?? '')) return;
    return (emitWarning as (...args: unknown[]) => void).call(this, warning, ...rest);
  } as typeof process.emitWarning;
}
