import { Admin, ConfigResourceTypes, Consumer, ConsumerRunConfig, Kafka, KafkaMessage, logLevel, LogEntry, Producer, IHeaders } from 'kafkajs';
import { BusMessage } from './cloud-event';
import { dropKafkajsThrottleTimerWarning } from './kafkajs-timer-warning';

dropKafkajsThrottleTimerWarning();

/**
 * The only module that imports kafkajs (2.2.4, the last release): everything else speaks BusMessage, so the
 * client can be swapped without touching services. Producers are idempotent with acks=all.
 */
export interface BusLogger {
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

export interface KafkaBusOptions {
  clientId: string;
  brokers: string[];
  logger: BusLogger;
  replicationFactor?: number;
  partitions?: number;
}

export interface ReceivedMessage extends BusMessage {
  partition: number;
  offset: string;
}

export interface Subscription {
  stop(): Promise<void>;
}

function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers ?? {})) {
    const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (value !== undefined) out[name] = value.toString();
  }
  return out;
}

function received(topic: string, partition: number, message: KafkaMessage): ReceivedMessage {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString() ?? '',
    value: message.value?.toString() ?? '',
    headers: headersToStrings(message.headers),
  };
}

export class KafkaBus {
  private readonly kafka: Kafka;
  private producer?: Producer;
  private producerReady?: Promise<Producer>;
  private admin?: Admin;
  private readonly consumers = new Set<Consumer>();

  constructor(private readonly options: KafkaBusOptions) {
    const log = options.logger;
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.WARN,
      retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 5_000 },
      logCreator:
        () =>
        ({ level, log: entry }: LogEntry) => {
          const { message, ...extra } = entry;
          if (level === logLevel.ERROR) log.error(`kafka: ${message}`, extra);
          else log.warn(`kafka: ${message}`, extra);
        },
    });
  }

  private async getProducer(): Promise<Producer> {
    this.producerReady ??= (async () => {
      const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
      producer.on(producer.events.DISCONNECT, () => {
        // Reconnect lazily on the next publish.
        this.producerReady = undefined;
      });
      await producer.connect();
      this.producer = producer;
      return producer;
    })().catch((error: unknown) => {
      this.producerReady = undefined;
      throw error;
    });
    return this.producerReady;
  }

  /** Sends a batch; resolves only when every message is acknowledged by all in-sync replicas. */
  async publish(messages: BusMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const producer = await this.getProducer();
    const byTopic = new Map<string, BusMessage[]>();
    for (const m of messages) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m]);
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
      })),
    });
  }

  private async getAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    return this.admin;
  }

  /**
   * Creates missing topics and waits until each has leaders. Idempotent and safe when several services
   * create the same topic at once (the loser sees "already exists" or a metadata race and checks again).
   */
  /** Creates missing topics; those in `compacted` are created log-compacted, or switched to it if they exist. */
  async ensureTopics(topics: string[], compacted: ReadonlySet<string> = new Set()): Promise<void> {
    const admin = await this.getAdmin();
    const compaction = [{ name: 'cleanup.policy', value: 'compact' }];
    for (let attempt = 1; ; attempt++) {
      try {
        const existing = new Set(await admin.listTopics());
        const missing = topics.filter((t) => !existing.has(t));
        if (missing.length > 0) {
          await admin.createTopics({
            waitForLeaders: true,
            topics: missing.map((topic) => ({
              topic,
              numPartitions: this.options.partitions ?? 3,
              replicationFactor: this.options.replicationFactor ?? 1,
              ...(compacted.has(topic) ? { configEntries: compaction } : {}),
            })),
          });
        }
        const toCompact = topics.filter((t) => existing.has(t) && compacted.has(t));
        if (toCompact.length > 0) {
          // Topics created before they were declared compacted keep deleting old states otherwise.
          await admin.alterConfigs({
            validateOnly: false,
            resources: toCompact.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configEntries: compaction })),
          });
        }
        await admin.fetchTopicMetadata({ topics });
        return;
      } catch (error) {
        if (attempt >= 10) throw error;
        await new Promise((r) => setTimeout(r, 200 * attempt));
      }
    }
  }

  /** True when the cluster answers a metadata request. */
  async isReachable(): Promise<boolean> {
    try {
      const admin = await this.getAdmin();
      await admin.describeCluster();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Messages on `topics` the consumer group has not committed yet, over all partitions; a partition the group never
   * committed on counts whole (its consumers start from the beginning). Zero: the group has handled everything
   * published so far, since offsets are committed only after the handler.
   */
  async consumerLag(groupId: string, topics: string[]): Promise<number> {
    const admin = await this.getAdmin();
    let lag = 0;
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics })) {
      const ends = new Map((await admin.fetchTopicOffsets(topic)).map((end) => [end.partition, end]));
      for (const { partition, offset } of partitions) {
        const end = ends.get(partition);
        if (!end) continue;
        const next = Number(offset) >= 0 ? Number(offset) : Number(end.low);
        lag += Math.max(0, Number(end.high) - next);
      }
    }
    return lag;
  }

  /**
   * Joins a consumer group and hands each message to `handle`, one at a time per partition. The offset is
   * committed only after `handle` resolves, so a crash means redelivery (the inbox makes that harmless).
   */
  async subscribe(groupId: string, topics: string[], handle: (message: ReceivedMessage) => Promise<void>): Promise<Subscription> {
    return this.join(groupId, topics, {
      autoCommit: true,
      eachMessage: ({ topic, partition, message }) => handle(received(topic, partition, message)),
    });
  }

  /**
   * Joins a consumer group and hands `handle` the messages of each partition in order, `maxBatch` at a time, with the
   * group's partitions taken `concurrency` at a time (a key's messages share a partition, so each key's order holds).
   * A chunk's offsets are resolved only after `handle` resolves and committed after the fetched batch, so a crash means
   * redelivery from the last handled chunk (the inbox makes that harmless).
   */
  async subscribeBatches(
    groupId: string,
    topics: string[],
    handle: (messages: ReceivedMessage[]) => Promise<void>,
    options: { maxBatch: number; concurrency: number },
  ): Promise<Subscription> {
    return this.join(groupId, topics, {
      autoCommit: true,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: options.concurrency,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        for (let start = 0; start < batch.messages.length; start += options.maxBatch) {
          // After a rebalance or on shutdown the rest of the batch is someone else's (or the next run's).
          if (!isRunning() || isStale()) return;
          const chunk = batch.messages.slice(start, start + options.maxBatch);
          await handle(chunk.map((message) => received(batch.topic, batch.partition, message)));
          resolveOffset(chunk[chunk.length - 1].offset);
          await heartbeat();
        }
      },
    });
  }

  /** A consumer of `groupId` on `topics` from the beginning, running `run` until its subscription stops. */
  private async join(groupId: string, topics: string[], run: ConsumerRunConfig): Promise<Subscription> {
    const consumer = this.kafka.consumer({ groupId, allowAutoTopicCreation: false, sessionTimeout: 30_000, heartbeatInterval: 3_000 });
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run(run);
    this.consumers.add(consumer);
    return {
      stop: async () => {
        this.consumers.delete(consumer);
        await consumer.disconnect();
      },
    };
  }

  async disconnect(): Promise<void> {
    await Promise.allSettled([...this.consumers].map((c) => c.disconnect()));
    this.consumers.clear();
    await Promise.allSettled([this.producer?.disconnect(), this.admin?.disconnect()]);
    this.producer = undefined;
    this.producerReady = undefined;
    this.admin = undefined;
  }
}
