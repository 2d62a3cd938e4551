import { NodeSDK } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NoopSpanProcessor } from '@opentelemetry/sdk-trace';

let sdk: NodeSDK | undefined;

/**
 * Starts OpenTelemetry before the app is loaded (import it first in main.ts). Spans are always created, so
 * trace ids appear in logs and travel through the outbox; they are exported only when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */
export function startTelemetry(serviceName: string): void {
  if (sdk) return;
  const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  sdk = new NodeSDK({
    resource: resourceFromAttributes({ 'service.name': `houqin-${serviceName}`, 'service.namespace': 'houqin' }),
    // Without an exporter a no-op processor still makes the SDK install a real tracer provider: spans (and
    // their ids in logs and outbox rows) exist even when nothing collects them.
    spanProcessors: [endpoint ? new BatchSpanProcessor({ exporter: new OTLPTraceExporter() }) : new NoopSpanProcessor()],
    instrumentations: [new HttpInstrumentation(), new ExpressInstrumentation(), new GraphQLInstrumentation({ mergeItems: true }), new PgInstrumentation()],
  });
  sdk.start();
  process.once('SIGTERM', () => void sdk?.shutdown());
}
