import { PLATFORM_MIGRATIONS } from '@houqin/platform-service';
import { migrationDrift } from '@houqin/platform-testing';
import { materialsDefinition } from '../src/materials.definition';

describe('materials migrations', () => {
  it('create exactly the schema the entities describe, and roll back cleanly', async () => {
    const { pending, reverted } = await migrationDrift(materialsDefinition);
    expect(pending).toEqual([]);
    expect(reverted).toBe(materialsDefinition.migrations.length + PLATFORM_MIGRATIONS.length);
  });
});
