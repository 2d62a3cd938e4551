import { Injectable } from '@nestjs/common';
import { EventContract, EventData } from '@houqin/contracts';
import { AuditRecord, recordAudit } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { Outbox } from '@houqin/platform-events';
import { EntityManager } from 'typeorm';

/** One event of a change, checked against its contract where it is built. */
export interface ChangeEvent {
  contract: EventContract;
  data: unknown;
  /** Aggregate id: the Kafka key. */
  key: string;
}

export function changeEvent<C extends EventContract>(contract: C, data: EventData<C>, key: string): ChangeEvent {
  return { contract, data, key };
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
    await recordAudit(manager, identity, change.audit, at);
    for (const { contract, data, key } of change.events ?? []) {
      await this.outbox.append(manager, contract, data as EventData<typeof contract>, { key, time: at });
    }
  }
}
