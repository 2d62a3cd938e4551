import { context, propagation, ROOT_CONTEXT, Span, SpanKind, trace, Context, Link } from '@opentelemetry/api';

/** W3C trace context of the active span, stored with each outbox row so the trace continues in Kafka. */
export function currentTraceHeaders(): { traceparent: string | null; tracestate: string | null } {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return { traceparent: carrier.traceparent ?? null, tracestate: carrier.tracestate ?? null };
}

const tracer = trace.getTracer('@houqin/platform-events');

/** Runs `work` in the span, records what it throws, and ends the span either way. */
const ending =
  <T>(work: () => Promise<T>) =>
  async (span: Span): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error as Error);
      throw error;
    } finally {
      span.end();
    }
  };

/** Runs `work` in a consumer span that continues the producer's trace. */
export function withConsumerSpan<T>(name: string, headers: Record<string, string>, attributes: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const parent: Context = propagation.extract(ROOT_CONTEXT, headers);
  return tracer.startActiveSpan(name, { kind: SpanKind.CONSUMER, attributes }, parent, ending(work));
}

/**
 * Runs `work` (several events applied together) in one consumer span: it continues the first event's trace and links
 * every event's, so each producer's trace leads to the batch that applied it.
 */
export function withConsumerBatchSpan<T>(
  name: string,
  headers: readonly Record<string, string>[],
  attributes: Record<string, string | number>,
  work: () => Promise<T>,
): Promise<T> {
  const parents = headers.map((h) => propagation.extract(ROOT_CONTEXT, h));
  const links: Link[] = parents.flatMap((parent) => {
    const span = trace.getSpanContext(parent);
    return span ? [{ context: span }] : [];
  });
  return tracer.startActiveSpan(name, { kind: SpanKind.CONSUMER, attributes, links }, parents[0] ?? ROOT_CONTEXT, ending(work));
}

export function currentTraceId(): string | undefined {
  return trace.getSpan(context.active())?.spanContext().traceId;
}
