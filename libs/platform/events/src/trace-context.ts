import { context, propagation, ROOT_CONTEXT, SpanKind, trace, Context } from '@opentelemetry/api';

/** W3C trace context of the active span, stored with each outbox row so the trace continues in Kafka. */
export function currentTraceHeaders(): { traceparent: string | null; tracestate: string | null } {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return { traceparent: carrier.traceparent ?? null, tracestate: carrier.tracestate ?? null };
}

const tracer = trace.getTracer('@houqin/platform-events');

/** Runs `work` in a consumer span that continues the producer's trace. */
export function withConsumerSpan<T>(name: string, headers: Record<string, string>, attributes: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const parent: Context = propagation.extract(ROOT_CONTEXT, headers);
  return tracer.startActiveSpan(name, { kind: SpanKind.CONSUMER, attributes }, parent, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error as Error);
      throw error;
    } finally {
      span.end();
    }
  });
}

export function currentTraceId(): string | undefined {
  return trace.getSpan(context.active())?.spanContext().traceId;
}
