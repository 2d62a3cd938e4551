import { deadLetterTopic, EventContract, EventData } from '@houqin/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { CloudEvent, fromBusMessage, MalformedEventError } from './cloud-event';
import { BusLogger, KafkaBus, ReceivedMessage, Subscription } from './kafka-bus';
import { backoffDelay, sleep } from './backoff';
import { withConsumerSpan } from './trace-context';

/** Applies one kind of event inside the consumer's transaction (the inbox row commits with it). */
export interface EventHandler<C extends EventContract = EventContract> {
  readonly contract: C;
  handle(event: CloudEvent<EventData<C>>, manager: EntityManager): Promise<void>;
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
}

export type Outcome = 'applied' | 'duplicate' | 'ignored' | 'dead-lettered';

/** Errors that say "the infrastructure is down", not "this message is bad": retried without limit. */
export function isTransient(error: unknown): boolean {
  const e = error as { code?: string; message?: string; driverError?: { code?: string } };
  const code = e?.code ?? e?.driverError?.code ?? '';
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '53300'].includes(code)) return true;
  if (code.startsWith('08')) return true;
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(e?.message ?? '');
}

/**
 * An idempotent consumer: each event is applied at most once per consumer group (inbox table, same
 * transaction as the effect), failures are retried with backoff, and poison messages (malformed, failing
 * their contract, or failing every attempt) are parked on `<topic>.dlt` with the error so the group moves on.
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
    this.subscription = await this.bus.subscribe(this.options.groupId, this.topics, (message) => this.process(message).then(() => undefined));
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }

  /** Handles one received message to an outcome; exposed for tests of the delivery rules. */
  async process(message: ReceivedMessage): Promise<Outcome> {
    let event: CloudEvent;
    try {
      event = fromBusMessage(message);
    } catch (error) {
      await this.deadLetter(message, error);
      return 'dead-lettered';
    }
    const handler = this.handlers.get(event.type);
    if (!handler) return 'ignored';
    const parsed = handler.contract.schema.safeParse(event.data);
    if (!parsed.success) {
      await this.deadLetter(message, new MalformedEventError(`data does not match ${event.type}: ${parsed.error.message}`));
      return 'dead-lettered';
    }
    const typed: CloudEvent = { ...event, data: parsed.data };
    return withConsumerSpan(
      `process ${event.type}`,
      message.headers,
      {
        'messaging.system': 'kafka',
        'messaging.destination.name': message.topic,
        'messaging.consumer.group.name': this.options.groupId,
        'cloudevents.event_id': event.id,
      },
      () => this.applyWithRetry(message, handler, typed),
    );
  }

  private async applyWithRetry(message: ReceivedMessage, handler: EventHandler, event: CloudEvent): Promise<Outcome> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = await this.applyOnce(message, handler, event);
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

  private applyOnce(message: ReceivedMessage, handler: EventHandler, event: CloudEvent): Promise<Outcome> {
    return this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO inbox_event (consumer_group, event_id, type, topic, partition, "offset")
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.options.groupId, event.id, event.type, message.topic, message.partition, message.offset],
      );
      if (inserted.length === 0) return 'duplicate';
      await handler.handle(event, manager);
      return 'applied';
    });
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
