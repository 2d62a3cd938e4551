import { defineEvent } from '@houqin/contracts';
import { AuditEntryRow } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { Outbox } from '@houqin/platform-events';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { ChangeRecorder, changeEvent } from './change-recorder';

/** A test contract on the thing's topic: `test.thing.<verb>.v1`, carrying the thing's id and `fields`. */
const thingEvent = <F extends z.ZodRawShape>(verb: string, fields: F) =>
  defineEvent({
    type: `test.thing.${verb}.v1`,
    topic: 'test.thing.v1',
    producer: 'test',
    description: `a thing was ${verb}`,
    schema: z.object({ thingId: z.string(), ...fields }),
  });

const ThingRenamedV1 = thingEvent('renamed', { name: z.string() });
const ThingMovedV1 = thingEvent('moved', { shelf: z.string() });

const identity: Identity = { subject: 'u-1', staffId: null, name: '张三', roles: [], campusIds: [] };

/** A recorder over an outbox that notes what it is asked to write, in order. */
function recorder() {
  const writes: string[] = [];
  const insert = jest.fn(async (_entity: unknown, _row: object) => void writes.push('audit'));
  const append = jest.fn(async () => (writes.push('event'), 'event-id'));
  const appendMany = jest.fn(async (_manager: unknown, _contract: unknown, events: unknown[]) => (writes.push(`${events.length} events`), []));
  const manager = { insert } as unknown as EntityManager;
  return { writes, insert, append, appendMany, manager, changes: new ChangeRecorder({ append, appendMany } as unknown as Outbox) };
}

describe('ChangeRecorder', () => {
  it('writes the audit entry and every event in the caller’s transaction, all stamped with one time', async () => {
    const { writes, insert, append, manager, changes } = recorder();
    const at = new Date('2026-12-07T01:00:00Z');

    await changes.record(
      manager,
      identity,
      {
        audit: { action: 'thing.rename', entityType: 'Thing', entityId: 't-1', campusId: null, before: { name: 'a' }, after: { name: 'b' } },
        events: [
          changeEvent(ThingRenamedV1, { thingId: 't-1', name: 'b' }, 't-1'),
          changeEvent(ThingMovedV1, { thingId: 't-1', shelf: 'A3' }, 'shelf-a', 't-1'),
        ],
      },
      at,
    );

    expect(writes).toEqual(['audit', 'event', 'event']);
    expect(insert).toHaveBeenCalledWith(AuditEntryRow, [
      expect.objectContaining({ occurredAt: at, action: 'thing.rename', actorSubject: 'u-1', entityId: 't-1' }),
    ]);
    expect(append.mock.calls).toEqual([
      [manager, ThingRenamedV1, { thingId: 't-1', name: 'b' }, { key: 't-1', time: at }],
      [manager, ThingMovedV1, { thingId: 't-1', shelf: 'A3' }, { key: 'shelf-a', subject: 't-1', time: at }],
    ]);
  });

  it('records an audit entry alone when the change publishes nothing', async () => {
    const { insert, append, appendMany, manager, changes } = recorder();
    await changes.record(manager, identity, {
      audit: { action: 'thing.create', entityType: 'Thing', entityId: 't-1', campusId: null, before: null, after: {} },
    });
    expect(insert).toHaveBeenCalledTimes(1);
    expect(append).not.toHaveBeenCalled();
    expect(appendMany).not.toHaveBeenCalled();
  });

  it('publishes events without an audit entry, in order, several of one contract in a row in one statement', async () => {
    const { writes, insert, appendMany, manager, changes } = recorder();
    const at = new Date('2026-12-07T02:00:00Z');

    await changes.publish(
      manager,
      [
        changeEvent(ThingRenamedV1, { thingId: 't-1', name: 'b' }, 't-1'),
        changeEvent(ThingMovedV1, { thingId: 't-1', shelf: 'A3' }, 'shelf-a', 't-1'),
        changeEvent(ThingMovedV1, { thingId: 't-2', shelf: 'A3' }, 'shelf-a', 't-2'),
        changeEvent(ThingRenamedV1, { thingId: 't-2', name: 'c' }, 't-2'),
      ],
      at,
    );

    expect(insert).not.toHaveBeenCalled();
    expect(writes).toEqual(['event', '2 events', 'event']);
    expect(appendMany).toHaveBeenCalledWith(manager, ThingMovedV1, [
      { data: { thingId: 't-1', shelf: 'A3' }, options: { key: 'shelf-a', subject: 't-1', time: at } },
      { data: { thingId: 't-2', shelf: 'A3' }, options: { key: 'shelf-a', subject: 't-2', time: at } },
    ]);
  });
});
