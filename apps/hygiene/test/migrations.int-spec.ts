import { PLATFORM_MIGRATIONS } from '@houqin/platform-service';
import { migrationDrift } from '@houqin/platform-testing';
import { hygieneDefinition } from '../src/hygiene.definition';

describe('hygiene migrations', () => {
  it('create exactly the schema the entities describe, and roll back cleanly', async () => {
    const { pending, reverted } = await migrationDrift(hygieneDefinition);
    expect(pending).toEqual([]);
    expect(reverted).toBe(hygieneDefinition.migrations.length + PLATFORM_MIGRATIONS.length);
  });
});
