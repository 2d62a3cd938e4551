import { PLATFORM_MIGRATIONS } from '@houqin/platform-service';
import { migrationDrift } from '@houqin/platform-testing';
import { maintenanceDefinition } from '../src/maintenance.definition';

describe('maintenance migrations', () => {
  it('create exactly the schema the entities describe, and roll back cleanly', async () => {
    const { pending, reverted } = await migrationDrift(maintenanceDefinition);
    expect(pending).toEqual([]);
    expect(reverted).toBe(maintenanceDefinition.migrations.length + PLATFORM_MIGRATIONS.length);
  });
});
