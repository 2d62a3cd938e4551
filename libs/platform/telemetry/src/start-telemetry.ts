import { NodeSDK } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AlwaysOffSampler, BatchSpanProcessor, NoopSpanProcessor } from '@opentelemetry/sdk-trace';

let sdk: NodeSDK | undefined;

/**
 * Starts OpenTelemetry before the app is loaded (import it first in main.ts). Every request and event has a trace
 * context, so trace ids appear in logs, travel to subgraphs (traceparent) and through the outbox. Spans are recorded
 * and exported only when OTEL_EXPORTER_OTLP_ENDPOINT is set, sampled as OTEL_TRACES_SAMPLER says (default: every
 * trace), with the HTTP, GraphQL and pg instrumentations. Without an exporter nothing is recorded and nothing is
 * instrumented: the instrumentations' unrecorded spans were a tenth of the gateway's own CPU per request
 * (docs/benchmarks.md, gateway tax), and `traceContext()` gives each request its trace context instead.
 */
export function startTelemetry(serviceName: string): void {
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
    instrumentations: endpoint ? [new HttpInstrumentation(), new GraphQLInstrumentation({ mergeItems: true }), new PgInstrumentation()] : [],
  });
  sdk.start();
  process.once('SIGTERM', () => void sdk?.shutdown());
}
