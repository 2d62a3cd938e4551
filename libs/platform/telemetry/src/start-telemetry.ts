import { NodeSDK } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AlwaysOffSampler, BatchSpanProcessor, NoopSpanProcessor } from '@opentelemetry/sdk-trace';
import { Span } from '@opentelemetry/api';
import { IncomingMessage } from 'node:http';

export interface TelemetryOptions {
  /**
   * Rewrites an incoming request's path (and query) before a span records it: a path that carries what must not
   * leave the service (the HIS's own Encounter id, PIPL) is recorded as its route.
   */
  redactPath?: (path: string) => string;
}

let sdk: NodeSDK | undefined;

/**
 * Starts OpenTelemetry before the app is loaded (import it first in main.ts). Every request and event has a trace
 * context, so trace ids appear in logs, travel to subgraphs (traceparent) and through the outbox. Spans are recorded
 * and exported only when OTEL_EXPORTER_OTLP_ENDPOINT is set, sampled as OTEL_TRACES_SAMPLER says (default: every
 * trace), with the HTTP, GraphQL and pg instrumentations. Without an exporter nothing is recorded and nothing is
 * instrumented: the instrumentations' unrecorded spans were a tenth of the gateway's own CPU per request
 * (docs/benchmarks.md, gateway tax), and `traceContext()` gives each request its trace context instead.
 */
export function startTelemetry(serviceName: string, options: TelemetryOptions = {}): void {
  if (sdk) return;
  const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) {
    // The SDK would otherwise record metrics (and logs) on every request for an OTLP exporter that is not there, and
    // try to send them every minute. Our own figures are on /metrics.
    process.env.OTEL_METRICS_EXPORTER ??= 'none';
    process.env.OTEL_LOGS_EXPORTER ??= 'none';
  }
  sdk = new NodeSDK({
    resource: resourceFromAttributes({ 'service.name': `houqin-${serviceName}`, 'service.namespace': 'houqin' }),
    // Without an exporter the SDK still installs a real tracer provider: its unrecorded spans carry real trace ids.
    spanProcessors: [endpoint ? new BatchSpanProcessor({ exporter: new OTLPTraceExporter() }) : new NoopSpanProcessor()],
    ...(endpoint ? {} : { sampler: new AlwaysOffSampler() }),
    // No Express instrumentation: a span per middleware on every request costs CPU and tells nothing the HTTP
    // server span and the GraphQL spans do not.
    instrumentations: endpoint
      ? [
          new HttpInstrumentation(options.redactPath ? { requestHook: (span, request) => redactRequestPath(span, request, options.redactPath as (path: string) => string) } : {}),
          new GraphQLInstrumentation({ mergeItems: true }),
          new PgInstrumentation(),
        ]
      : [],
  });
  sdk.start();
  process.once('SIGTERM', () => void sdk?.shutdown());
}

/** Every attribute of an incoming request's span that holds its path (url.path, url.full, http.target, …), redacted. */
function redactRequestPath(span: Span, request: unknown, redact: (path: string) => string): void {
  if (!(request instanceof IncomingMessage) || !request.url) return;
  const raw = request.url;
  const safe = redact(raw);
  if (safe === raw) return;
  const rawPath = raw.split('?')[0];
  const safePath = safe.split('?')[0];
  const query = raw.includes('?') ? raw.slice(raw.indexOf('?') + 1) : '';
  // The recording span of the SDK keeps its attributes readable; the API's Span has no getter.
  const attributes = (span as unknown as { attributes?: Record<string, unknown> }).attributes ?? {};
  for (const [key, value] of Object.entries(attributes)) {
    if (typeof value !== 'string') continue;
    let redacted = value.split(raw).join(safe).split(rawPath).join(safePath);
    if (query) redacted = redacted.split(query).join('');
    if (redacted !== value) span.setAttribute(key, redacted);
  }
}
