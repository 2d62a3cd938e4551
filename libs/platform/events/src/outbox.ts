import { EventContract, EventData } from '@houqin/contracts';
import { uuidv7 } from '@houqin/platform-database';
import { EntityManager } from 'typeorm';
import { currentTraceHeaders } from './trace-context';

export interface AppendOptions {
  /** Aggregate id: the Kafka key, so one aggregate's events stay in order on one partition. */
  key: string;
  subject?: string;
  time?: Date;
}

/**
 * Writes events into the outbox inside the caller's transaction. The payload is validated against its
 * contract here, so a service cannot publish what its consumers would reject.
 */
export class Outbox {
  constructor(private readonly source: string) {}

  async append<C extends EventContract>(manager: EntityManager, contract: C, data: EventData<C>, options: AppendOptions): Promise<string> {
    const parsed = contract.schema.parse(data);
    const id = uuidv7();
    const { traceparent, tracestate } = currentTraceHeaders();
    await manager.query(
      `INSERT INTO outbox_event (id, topic, key, type, source, subject, time, data, traceparent, tracestate)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id,
        contract.topic,
        options.key,
        contract.type,
        this.source,
        options.subject ?? options.key,
        (options.time ?? new Date()).toISOString(),
        JSON.stringify(parsed),
        traceparent,
        tracestate,
      ],
    );
    return id;
  }

  /**
   * Many events of one contract, in order, in a few statements (an import of 20,000 opening lots would otherwise
   * cost 20,000 round trips): the same validation and the same transaction as `append`.
   */
  async appendMany<C extends EventContract>(manager: EntityManager, contract: C, events: { data: EventData<C>; options: AppendOptions }[]): Promise<string[]> {
    const { traceparent, tracestate } = currentTraceHeaders();
    const rows = events.map(({ data, options }) => ({
      id: uuidv7(),
      key: options.key,
      subject: options.subject ?? options.key,
      time: (options.time ?? new Date()).toISOString(),
      data: JSON.stringify(contract.schema.parse(data)),
    }));
    for (let start = 0; start < rows.length; start += APPEND_CHUNK) {
      const chunk = rows.slice(start, start + APPEND_CHUNK);
      await manager.query(
        `INSERT INTO outbox_event (id, topic, key, type, source, subject, time, data, traceparent, tracestate)
         SELECT e.id, $5, e.key, $6, $7, e.subject, e.time, e.data, $8, $9
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $10::jsonb[]) WITH ORDINALITY AS e(id, key, subject, time, data, n)
          ORDER BY e.n`,
        [
          chunk.map((row) => row.id),
          chunk.map((row) => row.key),
          chunk.map((row) => row.subject),
          chunk.map((row) => row.time),
          contract.topic,
          contract.type,
          this.source,
          traceparent,
          tracestate,
          chunk.map((row) => row.data),
        ],
      );
    }
    return rows.map((row) => row.id);
  }
}

/** Rows per statement in appendMany: well inside Postgres's parameter and memory limits for event payloads. */
const APPEND_CHUNK = 1000;
