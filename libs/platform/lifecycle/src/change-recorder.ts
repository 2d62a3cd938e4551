import { Injectable } from '@nestjs/common';
import { EventContract, EventData } from '@houqin/contracts';
import { AuditRecord, recordAudits } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { Outbox } from '@houqin/platform-events';
import { EntityManager } from 'typeorm';

/** One event of a change, checked against its contract where it is built. */
export interface ChangeEvent {
  contract: EventContract;
  data: unknown;
  /** Aggregate id: the Kafka key. */
  key: string;
  /** The CloudEvent subject, when it is not the aggregate (a lot in its warehouse's stream). */
  subject?: string;
}

export function changeEvent<C extends EventContract>(contract: C, data: EventData<C>, key: string, subject?: string): ChangeEvent {
  return subject === undefined ? { contract, data, key } : { contract, data, key, subject };
}

export interface Change {
  audit: AuditRecord;
  events?: readonly ChangeEvent[];
}

/**
 * The write path for changes that are not state transitions (creating a row, editing its fields, setting a
 * policy): the audit entry and the change's events, stamped with one time, in the caller's transaction — what
 * TransitionRunner does after a transition, for everything else.
 */
@Injectable()
export class ChangeRecorder {
  constructor(private readonly outbox: Outbox) {}

  async record(manager: EntityManager, identity: Identity, change: Change, at: Date = new Date()): Promise<void> {
    await this.recordAll(manager, identity, [change], at);
  }

  /** Several changes by one actor at one time (a batch of events applied together): one audit insert, events in order. */
  async recordAll(manager: EntityManager, identity: Identity, changes: readonly Change[], at: Date = new Date()): Promise<void> {
    await recordAudits(
      manager,
      identity,
      changes.map((change) => change.audit),
      at,
    );
    await this.publish(
      manager,
      changes.flatMap((change) => change.events ?? []),
      at,
    );
  }

  /**
   * Events without an audit entry, stamped with `at`, in the caller's transaction: facts the system raises with
   * nobody asking (a scheduled job's alert, a month's costs to finance, a level crossed as stock leaves), and
   * events of a change whose audit entry is recorded with the change itself. Several events of one contract in a
   * row go in one statement (an import's thousand lots); one event, in one row's insert.
   */
  async publish(manager: EntityManager, events: readonly ChangeEvent[], at: Date = new Date()): Promise<void> {
    for (let start = 0; start < events.length;) {
      const { contract } = events[start];
      let end = start + 1;
      while (end < events.length && events[end].contract === contract) end += 1;
      const run = events.slice(start, end).map(({ data, key, subject }) => ({
        data: data as EventData<typeof contract>,
        options: subject === undefined ? { key, time: at } : { key, subject, time: at },
      }));
      if (run.length === 1) await this.outbox.append(manager, contract, run[0].data, run[0].options);
      else await this.outbox.appendMany(manager, contract, run);
      start = end;
    }
  }
}
