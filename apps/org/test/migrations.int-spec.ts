import { PLATFORM_MIGRATIONS } from '@houqin/platform-service';
import { migrationDrift } from '@houqin/platform-testing';
import { orgDefinition } from '../src/org.definition';

describe('org migrations', () => {
  it('create exactly the schema the entities describe, and roll back cleanly', async () => {
    const { pending, reverted } = await migrationDrift(orgDefinition);
    expect(pending).toEqual([]);
    expect(reverted).toBe(orgDefinition.migrations.length + PLATFORM_MIGRATIONS.length);
  });
});
