import { EventContract, EventData } from '@houqin/contracts';
import { Outbox } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { QueryRunner } from 'typeorm';

/**
 * Puts one `*.changed` event per existing row into org's outbox, in the migration's transaction: how replicas
 * learn about rows from before an event existed, or whose events have left Kafka. `select` names its columns as
 * the contract's fields and returns `updatedAt` as a Date; each payload is checked against the contract.
 * Replicas apply a state only if it is not older than theirs, so announcing again is harmless.
 */
export async function announceRows<C extends EventContract>(q: QueryRunner, contract: C, select: string): Promise<void> {
  // A migration runs without Nest, so it builds the recorder the service would inject.
  const changes = new ChangeRecorder(new Outbox('houqin/org'));
  const rows: (Record<string, unknown> & { id: string; updatedAt: Date })[] = await q.query(select);
  for (const row of rows) {
    const data = { ...row, updatedAt: row.updatedAt.toISOString() } as EventData<C>;
    await changes.publish(q.manager, [changeEvent(contract, data, row.id)], row.updatedAt);
  }
}
