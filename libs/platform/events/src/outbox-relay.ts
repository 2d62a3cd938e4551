import { DataSource } from 'typeorm';
import { BusMessage, toBusMessage } from './cloud-event';
import { BusLogger, KafkaBus } from './kafka-bus';
import { backoffDelay, sleep } from './backoff';

interface OutboxRow {
  id: string;
  topic: string;
  key: string;
  type: string;
  source: string;
  subject: string | null;
  time: Date;
  data: unknown;
  traceparent: string | null;
  tracestate: string | null;
}

export interface OutboxRelayOptions {
  batchSize?: number;
  /** How often an idle relay looks for rows written by other replicas. */
  pollIntervalMs?: number;
  /** Sent rows are kept this long for investigation, then pruned. */
  retainSentForMs?: number;
}

/**
 * Sends outbox rows to Kafka in commit order and marks them sent. One relay per service is active at a time
 * (a Postgres advisory lock), which keeps each aggregate's events in order across replicas. A send that
 * succeeds but whose "sent" mark is lost is sent again: delivery is at-least-once, consumers deduplicate.
 */
export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private lastPrune = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: KafkaBus,
    private readonly logger: BusLogger,
    private readonly lockKey: number,
    private readonly options: OutboxRelayOptions = {},
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }

  /** Called after a transaction that appended events commits, so they leave without waiting for a poll. */
  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const sent = await this.relayBatch();
        failures = 0;
        await this.pruneSent();
        if (sent > 0) continue;
      } catch (error) {
        failures += 1;
        this.logger.warn('outbox relay failed; will retry', { error: String(error), failures });
        await sleep(backoffDelay(failures, 200, 5_000));
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollIntervalMs ?? 500);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = undefined;
    }
  }

  /** Sends one batch; returns how many rows were sent (0 when none or another replica holds the lock). */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [this.lockKey]);
      if (!locked) return 0;
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, topic, key, type, source, subject, time, data, traceparent, tracestate
         FROM outbox_event WHERE sent_at IS NULL ORDER BY seq LIMIT $1`,
        [this.options.batchSize ?? 200],
      );
      if (rows.length === 0) return 0;
      const messages: BusMessage[] = rows.map((row) =>
        toBusMessage(row.topic, row.key, {
          id: row.id,
          type: row.type,
          source: row.source,
          subject: row.subject,
          time: new Date(row.time).toISOString(),
          data: row.data,
          traceparent: row.traceparent,
          tracestate: row.tracestate,
        }),
      );
      await this.bus.publish(messages);
      await manager.query('UPDATE outbox_event SET sent_at = now() WHERE id = ANY($1::uuid[])', [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  private async pruneSent(): Promise<void> {
    const retain = this.options.retainSentForMs ?? 7 * 24 * 3600_000;
    if (Date.now() - this.lastPrune < 3600_000) return;
    this.lastPrune = Date.now();
    await this.dataSource.query(`DELETE FROM outbox_event WHERE sent_at < now() - ($1::text || ' milliseconds')::interval`, [String(retain)]);
  }
}
