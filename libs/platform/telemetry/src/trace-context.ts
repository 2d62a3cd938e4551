import { context, isSpanContextValid, propagation, ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import type { IncomingHttpHeaders } from 'node:http';

const tracer = trace.getTracer('@houqin/platform-telemetry');

/**
 * Express middleware, mounted after the body parser: runs the rest of the request in its trace context, continuing
 * the caller's `traceparent` or starting a trace. With an OTLP exporter the HTTP instrumentation has already done
 * so (with a recorded server span) and this passes through; without one there is no instrumentation, and this gives
 * each request the trace id its log lines, subgraph calls and outbox rows carry, for a fraction of the cost.
 */
export function traceContext() {
  return (req: { headers: IncomingHttpHeaders }, _res: unknown, next: () => void): void => {
    const active = trace.getSpanContext(context.active());
    if (active && isSpanContextValid(active)) return next();
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    // Unsampled without an exporter: a span that records nothing and ends with nothing to send, kept for its ids.
    const span = tracer.startSpan('HTTP request', { kind: SpanKind.SERVER }, parent);
    context.with(trace.setSpan(parent, span), next);
  };
}
