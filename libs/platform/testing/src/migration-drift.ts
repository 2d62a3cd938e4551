import { pendingSchemaChanges } from '@houqin/platform-database';
import { serviceDataSource, ServiceDefinition } from '@houqin/platform-service';
import { createTestDatabase } from './test-platform';

/**
 * Runs a service's migrations on an empty database, then asks TypeORM what it would still change to match
 * the entities: anything but nothing means a migration is missing or wrong. Then rolls every migration back,
 * so `down` is exercised too.
 */
export async function migrationDrift(definition: ServiceDefinition): Promise<{ pending: string[]; reverted: number }> {
  const dataSource = serviceDataSource(definition, await createTestDatabase(`${definition.name}_mig`));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const pending = await pendingSchemaChanges(dataSource);
    let reverted = 0;
    for (let i = 0; i < applied.length; i++) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      reverted += 1;
    }
    return { pending, reverted };
  } finally {
    await dataSource.destroy();
  }
}
