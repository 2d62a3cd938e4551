import { BusMessage, KafkaBus } from '@houqin/platform-events';

/** What the bare client does with the same messages: the baseline the platform's event paths are read against. */
export interface RawKafkaResult {
  perSecond: number;
  /** Per message, ms from its send to its arrival at the consumer. */
  latencies: number[];
}

const quiet = { warn: () => undefined, error: () => undefined };

/**
 * Sends `count` messages from `concurrency` producers at once, each waiting for its message's acknowledgement
 * (acks=all, one message a request) before the next; `next(i)` builds message i when it is its turn to go.
 */
export async function produceConcurrently(bus: KafkaBus, count: number, concurrency: number, next: (i: number) => BusMessage): Promise<void> {
  let sent = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = sent++; i < count; i = sent++) await bus.publish([next(i)]);
    }),
  );
}

/**
 * Raw kafkajs on `brokers`: the messages (their keys, values and headers) produced to `topic` as
 * `produceConcurrently` does, and consumed by one consumer group that does nothing with them: no database, no
 * inbox, no handler. Throughput is from the first send to the last arrival.
 */
export async function rawKafka(
  brokers: string,
  topic: string,
  messages: readonly Pick<BusMessage, 'key' | 'value' | 'headers'>[],
  concurrency = 8,
): Promise<RawKafkaResult> {
  const bus = new KafkaBus({ clientId: `bench-raw-${topic}`, brokers: [brokers], logger: quiet });
  try {
    await bus.ensureTopics([topic]);
    const sentAt: number[] = [];
    const latencies: number[] = [];
    let received!: () => void;
    const allReceived = new Promise<void>((resolve) => (received = resolve));
    await bus.subscribe(`${topic}.reader`, [topic], async (message) => {
      latencies.push(Date.now() - sentAt[Number(message.headers['bench-seq'])]);
      if (latencies.length === messages.length) received();
    });
    await new Promise((resolve) => setTimeout(resolve, 3000)); // the group's first rebalance
    const started = Date.now();
    await produceConcurrently(bus, messages.length, concurrency, (i) => {
      sentAt[i] = Date.now();
      return { topic, key: messages[i].key, value: messages[i].value, headers: { ...messages[i].headers, 'bench-seq': String(i) } };
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`raw kafkajs: ${latencies.length} of ${messages.length} messages arrived within 120 s`)), 120_000);
    });
    await Promise.race([allReceived, timedOut]).finally(() => clearTimeout(timer));
    return { perSecond: messages.length / ((Date.now() - started) / 1000), latencies };
  } finally {
    await bus.disconnect();
  }
}
