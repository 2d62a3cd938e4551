import { DataSource, EntityManager } from 'typeorm';
import { OutboxRelay } from './outbox-relay';

/**
 * Runs a use case's writes in one transaction (state change, audit entry, outbox rows) and nudges the
 * relay once it commits. Use cases take it instead of the DataSource so no write skips the outbox rules.
 */
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: Pick<OutboxRelay, 'wake'>,
  ) {}

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    // Read committed: every connection's default (data-source.ts).
    const result = await this.dataSource.transaction(work);
    this.relay.wake();
    return result;
  }
}
