import { Client } from 'pg';
import { dropConnection } from '@houqin/platform-database';
import { DataSource } from 'typeorm';
import { BusMessage, toBusMessage } from './cloud-event';
import { OUTBOX_CHANNEL } from './event-tables';
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
  /** How often an idle relay looks anyway: the fallback when a notification is lost (the listening connection down). */
  pollIntervalMs?: number;
  /** Sent rows are kept this long for investigation, then pruned. */
  retainSentForMs?: number;
}

/**
 * Sends outbox rows to Kafka in commit order and marks them sent. One relay per service is active at a time
 * (a Postgres advisory lock), which keeps each aggregate's events in order across replicas. A send that
 * succeeds but whose "sent" mark is lost is sent again: delivery is at-least-once, consumers deduplicate.
 * It wakes when a commit wrote outbox rows: on this replica directly (`wake`), on any replica through the outbox
 * channel (LISTEN on a connection of its own; the table's trigger NOTIFYs at commit). Polling is only the fallback.
 */
export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;
  private listening?: Promise<void>;
  private listener?: Client;
  private wakeUp?: () => void;
  /** A wake that came while a batch was being sent: the loop looks again instead of sleeping. */
  private woken = false;
  private lastPrune = 0;
  private readonly batchSize: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: KafkaBus,
    private readonly logger: BusLogger,
    private readonly lockKey: number,
    private readonly options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 200;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
    this.listening = this.listen();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    // Dropped rather than ended politely: a hung server would never acknowledge the goodbye.
    if (this.listener) dropConnection(this.listener);
    await Promise.all([this.loop, this.listening]);
  }

  /** Called after a transaction that appended events commits, so they leave without waiting for a poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Holds a LISTEN on the outbox channel while running, reconnecting after a failure; each notification wakes the relay. */
  private async listen(): Promise<void> {
    const { url } = this.dataSource.options as { url?: string };
    if (!url) return;
    for (let failures = 0; this.running;) {
      const client = new Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
      const closed = new Promise<void>((resolve) => {
        client.on('error', () => resolve());
        client.on('end', () => resolve());
      });
      try {
        await client.connect();
        client.on('notification', () => this.wake());
        await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
        this.listener = client;
        failures = 0;
        // Rows committed while nothing listened.
        this.wake();
        if (this.running) await closed;
      } catch (error) {
        failures += 1;
        if (this.running) this.logger.warn('outbox relay cannot listen for commits; polling meanwhile', { error: String(error), failures });
      } finally {
        this.listener = undefined;
        dropConnection(client);
      }
      if (this.running) await sleep(backoffDelay(Math.min(failures, 8), 200, 5_000));
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      this.woken = false;
      try {
        const sent = await this.relayBatch();
        failures = 0;
        await this.pruneSent();
        // A full batch may have left rows behind. Anything committed since the batch looked has woken the relay
        // (below), so a partial batch needs no second look: one that would find nothing, at every commit.
        if (sent >= this.batchSize) continue;
      } catch (error) {
        failures += 1;
        this.logger.warn('outbox relay failed; will retry', { error: String(error), failures });
        await sleep(backoffDelay(failures, 200, 5_000));
        continue;
      }
      if (this.woken) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollIntervalMs ?? 5_000);
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
        [this.batchSize],
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
