import { deadLetterTopic, EventContract, EventData } from '@houqin/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { CloudEvent, fromBusMessage, MalformedEventError } from './cloud-event';
import { BusLogger, KafkaBus, ReceivedMessage, Subscription } from './kafka-bus';
import { backoffDelay, sleep } from './backoff';
import { withConsumerBatchSpan, withConsumerSpan } from './trace-context';

/** Applies one kind of event inside the consumer's transaction (the inbox row commits with it). */
export interface EventHandler<C extends EventContract = EventContract> {
  readonly contract: C;
  handle(event: CloudEvent<EventData<C>>, manager: EntityManager): Promise<void>;
  /**
   * Optional: several events of a batch (in order, none seen before) applied together, when the effect can be written
   * set-based (one lock, one insert per table). Must do what `handle` would do for each, in that order.
   */
  handleBatch?(events: CloudEvent<EventData<C>>[], manager: EntityManager): Promise<void>;
}

export interface EventConsumerOptions {
  /** `<service>.<purpose>`, e.g. `materials.parts-issuer`. */
  groupId: string;
  handlers: EventHandler[];
  /** Attempts for a failing handler before the message is parked on the dead-letter topic. */
  maxAttempts?: number;
  baseDelayMs?: number;
  /** Called after a transaction that may have appended outbox rows commits. */
  afterCommit?: () => void;
  /** Events of one partition applied in one transaction (default 100); a batch that fails is retried event by event. */
  maxBatch?: number;
  /** Partitions handled at once (default 3, the platform's partitions per topic); each partition stays in order. */
  concurrency?: number;
}

/** A received message that parsed, matched its contract and has a handler: ready to apply. */
interface Applicable {
  message: ReceivedMessage;
  handler: EventHandler;
  event: CloudEvent;
}

export type Outcome = 'applied' | 'duplicate' | 'ignored' | 'dead-lettered';

/** Errors that say "the infrastructure is down", not "this message is bad": retried without limit. */
export function isTransient(error: unknown): boolean {
  const e = error as { code?: string; message?: string; driverError?: { code?: string } };
  const code = e?.code ?? e?.driverError?.code ?? '';
  // Connection failures, server shutdown, too many connections; a deadlock or serialization failure (a batch meeting
  // another transaction's locks) succeeds when tried again.
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '53300', '40P01', '40001'].includes(code)) return true;
  if (code.startsWith('08')) return true;
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(e?.message ?? '');
}

/**
 * An idempotent consumer: each event is applied at most once per consumer group (inbox table, same
 * transaction as the effect), failures are retried with backoff, and poison messages (malformed, failing
 * their contract, or failing every attempt) are parked on `<topic>.dlt` with the error so the group moves on.
 * It takes a partition's messages in batches: one transaction applies a batch in order (its inbox rows in one
 * statement, each handler on the same transaction), so a burst costs one commit per batch instead of one per event.
 */
export class EventConsumer {
  private subscription?: Subscription;
  private readonly handlers = new Map<string, EventHandler>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: KafkaBus,
    private readonly logger: BusLogger,
    private readonly options: EventConsumerOptions,
  ) {
    for (const handler of options.handlers) this.handlers.set(handler.contract.type, handler);
  }

  get topics(): string[] {
    return [...new Set(this.options.handlers.map((h) => h.contract.topic))];
  }

  async start(): Promise<void> {
    await this.bus.ensureTopics([...this.topics, ...this.topics.map(deadLetterTopic)]);
    this.subscription = await this.bus.subscribeBatches(this.options.groupId, this.topics, (messages) => this.processBatch(messages).then(() => undefined), {
      maxBatch: this.options.maxBatch ?? 100,
      concurrency: this.options.concurrency ?? 3,
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }

  /** Handles one received message to an outcome; exposed for tests of the delivery rules. */
  async process(message: ReceivedMessage): Promise<Outcome> {
    return (await this.processBatch([message]))[0];
  }

  /**
   * Handles one partition's messages, in order, to an outcome each: poison is parked, the rest applied in one
   * transaction. When that fails (one bad event, a deadlock, the database gone) nothing of it has committed, and each
   * event goes again on its own with the single path's retries and dead-lettering.
   */
  async processBatch(messages: ReceivedMessage[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    const applicable: { index: number; item: Applicable }[] = [];
    for (const [index, message] of messages.entries()) {
      const checked = this.check(message);
      if ('outcome' in checked) {
        if (checked.outcome === 'dead-lettered') await this.deadLetter(message, checked.error);
        outcomes[index] = checked.outcome;
      } else applicable.push({ index, item: checked });
    }
    if (applicable.length > 1) {
      try {
        const applied = await this.applyOnce(applicable.map((a) => a.item));
        this.options.afterCommit?.();
        applicable.forEach((a, i) => (outcomes[a.index] = applied[i]));
        return outcomes;
      } catch (error) {
        this.logger.warn('event batch failed; applying its events one at a time', {
          groupId: this.options.groupId,
          events: applicable.length,
          error: String(error),
        });
      }
    }
    for (const { index, item } of applicable) outcomes[index] = await this.applyWithRetry(item);
    return outcomes;
  }

  /** Parses and validates a message against its contract; what cannot be applied says why. */
  private check(message: ReceivedMessage): Applicable | { outcome: 'ignored' } | { outcome: 'dead-lettered'; error: unknown } {
    let event: CloudEvent;
    try {
      event = fromBusMessage(message);
    } catch (error) {
      return { outcome: 'dead-lettered', error };
    }
    const handler = this.handlers.get(event.type);
    if (!handler) return { outcome: 'ignored' };
    const parsed = handler.contract.schema.safeParse(event.data);
    if (!parsed.success) return { outcome: 'dead-lettered', error: new MalformedEventError(`data does not match ${event.type}: ${parsed.error.message}`) };
    return { message, handler, event: { ...event, data: parsed.data } };
  }

  private async applyWithRetry(item: Applicable): Promise<Outcome> {
    const { message, event } = item;
    const maxAttempts = this.options.maxAttempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      try {
        const [outcome] = await this.applyOnce([item]);
        this.options.afterCommit?.();
        return outcome;
      } catch (error) {
        if (isTransient(error)) {
          this.logger.warn('event handling hit an infrastructure error; retrying', { eventId: event.id, error: String(error), attempt });
          await sleep(backoffDelay(Math.min(attempt, 8), this.options.baseDelayMs ?? 200, 10_000));
          continue;
        }
        if (attempt >= maxAttempts) {
          await this.deadLetter(message, error);
          return 'dead-lettered';
        }
        this.logger.warn('event handler failed; retrying', { eventId: event.id, type: event.type, error: String(error), attempt });
        await sleep(backoffDelay(attempt, this.options.baseDelayMs ?? 200, 5_000));
      }
    }
  }

  /**
   * One transaction: the events' inbox rows in one statement, then each new event's handler in order. An event already
   * in the inbox (a redelivery, or a second copy in the same batch) is a duplicate and its handler does not run.
   */
  private applyOnce(items: Applicable[]): Promise<Outcome[]> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { event_id: string }[] = await manager.query(
        `INSERT INTO inbox_event (consumer_group, event_id, type, topic, partition, "offset")
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::text[])
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [
          this.options.groupId,
          items.map((i) => i.event.id),
          items.map((i) => i.event.type),
          items.map((i) => i.message.topic),
          items.map((i) => i.message.partition),
          items.map((i) => i.message.offset),
        ],
      );
      const fresh = new Set(rows.map((row) => row.event_id));
      // Each event seen for the first time (a second copy in the same batch is a duplicate), in order.
      const outcomes: Outcome[] = items.map(({ event }) => (fresh.delete(event.id) ? 'applied' : 'duplicate'));
      const toApply = items.filter((_, index) => outcomes[index] === 'applied');
      for (let start = 0; start < toApply.length;) {
        // A run of events for one handler that takes batches goes to it at once; anything else one by one.
        const { handler } = toApply[start];
        let end = start + 1;
        if (handler.handleBatch) while (end < toApply.length && toApply[end].handler === handler) end += 1;
        await this.applyRun(toApply.slice(start, end), manager);
        start = end;
      }
      return outcomes;
    });
  }

  private applyRun(run: Applicable[], manager: EntityManager): Promise<void> {
    const [{ message, handler, event }] = run;
    const attributes = { 'messaging.system': 'kafka', 'messaging.destination.name': message.topic, 'messaging.consumer.group.name': this.options.groupId };
    if (run.length === 1) {
      return withConsumerSpan(`process ${event.type}`, message.headers, { ...attributes, 'cloudevents.event_id': event.id }, () =>
        handler.handle(event, manager),
      );
    }
    return withConsumerBatchSpan(
      `process ${event.type}`,
      run.map((item) => item.message.headers),
      { ...attributes, 'messaging.batch.message_count': run.length },
      () =>
        handler.handleBatch!(
          run.map((item) => item.event),
          manager,
        ),
    );
  }

  private async deadLetter(message: ReceivedMessage, error: unknown): Promise<void> {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.logger.error('event parked on dead-letter topic', { topic: message.topic, partition: message.partition, offset: message.offset, reason });
    await this.bus.publish([
      {
        topic: deadLetterTopic(message.topic),
        key: message.key,
        value: message.value,
        headers: {
          ...message.headers,
          dlt_error: reason.slice(0, 2000),
          dlt_original_topic: message.topic,
          dlt_original_partition: String(message.partition),
          dlt_original_offset: message.offset,
          dlt_consumer_group: this.options.groupId,
          dlt_failed_at: new Date().toISOString(),
        },
      },
    ]);
  }
}
