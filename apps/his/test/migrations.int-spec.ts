import { PLATFORM_MIGRATIONS } from '@houqin/platform-service';
import { migrationDrift } from '@houqin/platform-testing';
import { hisDefinition } from '../src/his.definition';

describe('his migrations', () => {
  it('create exactly the schema the entities describe, and roll back cleanly', async () => {
    const { pending, reverted } = await migrationDrift(hisDefinition);
    expect(pending).toEqual([]);
    expect(reverted).toBe(hisDefinition.migrations.length + PLATFORM_MIGRATIONS.length);
  });
});
