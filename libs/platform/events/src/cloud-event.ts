/**
 * CloudEvents 1.0 in Kafka binary mode: attributes travel as `ce_*` headers, the value is the JSON data,
 * the key is the aggregate id. `traceparent`/`tracestate` carry the W3C trace context.
 */
export interface CloudEvent<T = unknown> {
  id: string;
  type: string;
  source: string;
  subject: string | null;
  time: string;
  data: T;
  traceparent: string | null;
  tracestate: string | null;
}

/** A message as the Kafka adapter sends and receives it, free of any client library's types. */
export interface BusMessage {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

export function toBusMessage(topic: string, key: string, event: CloudEvent): BusMessage {
  const headers: Record<string, string> = {
    ce_specversion: '1.0',
    ce_id: event.id,
    ce_type: event.type,
    ce_source: event.source,
    ce_time: event.time,
    'content-type': 'application/json',
  };
  if (event.subject) headers.ce_subject = event.subject;
  if (event.traceparent) headers.traceparent = event.traceparent;
  if (event.tracestate) headers.tracestate = event.tracestate;
  return { topic, key, value: JSON.stringify(event.data), headers };
}

export class MalformedEventError extends Error {
  constructor(reason: string) {
    super(`malformed event: ${reason}`);
    this.name = 'MalformedEventError';
  }
}

/** Reads a CloudEvent from a received message; throws MalformedEventError when it is not one. */
export function fromBusMessage(message: Pick<BusMessage, 'value' | 'headers'>): CloudEvent {
  const h = message.headers;
  for (const required of ['ce_specversion', 'ce_id', 'ce_type', 'ce_source', 'ce_time']) {
    if (!h[required]) throw new MalformedEventError(`missing header ${required}`);
  }
  if (h.ce_specversion !== '1.0') throw new MalformedEventError(`unsupported specversion ${h.ce_specversion}`);
  let data: unknown;
  try {
    data = JSON.parse(message.value);
  } catch {
    throw new MalformedEventError('value is not JSON');
  }
  return {
    id: h.ce_id,
    type: h.ce_type,
    source: h.ce_source,
    subject: h.ce_subject ?? null,
    time: h.ce_time,
    data,
    traceparent: h.traceparent ?? null,
    tracestate: h.tracestate ?? null,
  };
}
