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
}
