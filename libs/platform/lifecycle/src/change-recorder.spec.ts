import { defineEvent } from '@houqin/contracts';
import { AuditEntryRow } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { Outbox } from '@houqin/platform-events';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { ChangeRecorder, changeEvent } from './change-recorder';

const ThingRenamedV1 = defineEvent({
  type: 'test.thing.renamed.v1',
  topic: 'test.thing.v1',
  producer: 'test',
  description: 'a thing was renamed',
  schema: z.object({ thingId: z.string(), name: z.string() }),
});

const identity: Identity = { subject: 'u-1', staffId: null, name: '张三', roles: [], campusIds: [] };

describe('ChangeRecorder', () => {
  it('writes the audit entry and every event in the caller’s transaction, all stamped with one time', async () => {
    const writes: string[] = [];
    const insert = jest.fn(async (_entity: unknown, _row: object) => void writes.push('audit'));
    const append = jest.fn(async () => (writes.push('event'), 'event-id'));
    const manager = { insert } as unknown as EntityManager;
    const recorder = new ChangeRecorder({ append } as unknown as Outbox);
    const at = new Date('2026-12-07T01:00:00Z');

    await recorder.record(
      manager,
      identity,
      {
        audit: { action: 'thing.rename', entityType: 'Thing', entityId: 't-1', campusId: null, before: { name: 'a' }, after: { name: 'b' } },
        events: [changeEvent(ThingRenamedV1, { thingId: 't-1', name: 'b' }, 't-1'), changeEvent(ThingRenamedV1, { thingId: 't-2', name: 'c' }, 't-2')],
      },
      at,
    );

    expect(writes).toEqual(['audit', 'event', 'event']);
    expect(insert).toHaveBeenCalledWith(
      AuditEntryRow,
      expect.objectContaining({ occurredAt: at, action: 'thing.rename', actorSubject: 'u-1', entityId: 't-1' }),
    );
    expect(append.mock.calls).toEqual([
      [manager, ThingRenamedV1, { thingId: 't-1', name: 'b' }, { key: 't-1', time: at }],
      [manager, ThingRenamedV1, { thingId: 't-2', name: 'c' }, { key: 't-2', time: at }],
    ]);
  });

  it('records an audit entry alone when the change publishes nothing', async () => {
    const insert = jest.fn(async () => undefined);
    const append = jest.fn();
    await new ChangeRecorder({ append } as unknown as Outbox).record({ insert } as unknown as EntityManager, identity, {
      audit: { action: 'thing.create', entityType: 'Thing', entityId: 't-1', campusId: null, before: null, after: {} },
    });
    expect(insert).toHaveBeenCalledTimes(1);
    expect(append).not.toHaveBeenCalled();
  });
});
