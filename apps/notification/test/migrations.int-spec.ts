import { PLATFORM_MIGRATIONS } from '@houqin/platform-service';
import { migrationDrift } from '@houqin/platform-testing';
import { notificationDefinition } from '../src/notification.definition';

describe('notification migrations', () => {
  it('create exactly the schema the entities describe, and roll back cleanly', async () => {
    const { pending, reverted } = await migrationDrift(notificationDefinition);
    expect(pending).toEqual([]);
    expect(reverted).toBe(notificationDefinition.migrations.length + PLATFORM_MIGRATIONS.length);
  });
});
