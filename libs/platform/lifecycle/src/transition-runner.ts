import { Injectable } from '@nestjs/common';
import { EventContract, EventData } from '@houqin/contracts';
import { recordAudit } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { isDeepStrictEqual } from 'node:util';
import { EntityManager, ObjectLiteral } from 'typeorm';
import { Lifecycle } from './lifecycle';

/** What the runner needs of a row: its id, campus (for the audit trail) and status. */
export interface LifecycleRow<S extends string> {
  id: string;
  campusId: string | null;
  status: S;
}

/** One step as a machine's own history records it (the work-order timeline, the requisition history). */
export interface TransitionEntry<Row, S extends string, A extends string> {
  row: Row;
  action: A;
  from: S;
  to: S;
  identity: Identity;
  at: Date;
}

export interface TransitionEvent<Row, S extends string, C extends EventContract> {
  contract: C;
  /** The payload, from the row as saved; `from` is the state it left. */
  data: (row: Row, at: Date, from: S) => EventData<C>;
  /** The Kafka key; the row's id unless the aggregate is another (a round's events are keyed by its route). */
  key?: (row: Row) => string;
}

export interface TransitionSpec<Row extends LifecycleRow<S>, S extends string, A extends string, C extends EventContract = EventContract> {
  /** The action, or how to tell it from the row (a requisition's approval is the department's or the office's). */
  action: A | ((row: Row) => A);
  /**
   * The row, locked for the transaction (SELECT … FOR UPDATE), through the service's own campus-scoped access:
   * NOT_FOUND for a row the caller may not see. Facts the use case needs besides the row it keeps itself.
   */
  load: (manager: EntityManager) => Promise<Row>;
  /** The state the rules look at when it is not the stored one (an approved price exception past its day is EXPIRED). */
  stateOf?: (row: Row) => S;
  /** The use case's own conditions on this caller and row, after the transition is known to be legal; throws. */
  authorise?: (row: Row, at: Date, manager: EntityManager) => void | Promise<void>;
  /** Changes besides the status; sets the status itself when the action leads to one of several states. */
  apply?: (row: Row, at: Date, manager: EntityManager) => void | Promise<void>;
  /** How the row is written; the columns that changed, in one UPDATE (`saveChanges`), unless the service writes it its own way. */
  save?: (manager: EntityManager, row: Row, at: Date) => Promise<unknown>;
  /** The machine's own history, for machines that show one (work orders, requisitions). */
  history?: (manager: EntityManager, entry: TransitionEntry<Row, S, A>) => Promise<unknown>;
  /** What the audit entry keeps, when not the row before and after (a reading recorded on a round). */
  audit?: (row: Row, before: Row) => { before: unknown; after: unknown };
  event?: TransitionEvent<Row, S, C>;
}

/**
 * The one write path of a state change: in one transaction, lock the row, check the transition is legal, check
 * the caller, apply the use case's changes, save, record history, audit entry and outbox event. Either all of it
 * commits or none of it: a refusal or a failure in `apply` leaves no trace.
 */
@Injectable()
export class TransitionRunner {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: Outbox,
  ) {}

  run<Row extends LifecycleRow<S> & Seen, Seen, S extends string, A extends string, C extends EventContract>(
    identity: Identity,
    lifecycle: Lifecycle<S, A, Seen>,
    spec: TransitionSpec<Row, S, A, C>,
  ): Promise<Row> {
    return this.unitOfWork.run((manager) => this.runIn(manager, identity, lifecycle, spec));
  }

  /**
   * The same inside a transaction the caller already holds (calling a vendor pauses the order's clock with it).
   * `Seen` is what the machine's own rules look at (a number for messages, who asked): any row that has it fits.
   */
  async runIn<Row extends LifecycleRow<S> & Seen, Seen, S extends string, A extends string, C extends EventContract>(
    manager: EntityManager,
    identity: Identity,
    lifecycle: Lifecycle<S, A, Seen>,
    spec: TransitionSpec<Row, S, A, C>,
  ): Promise<Row> {
    const row = await spec.load(manager);
    const before = { ...row };
    // Deep, so a list `apply` changes in place still differs from the row as loaded.
    const loaded = structuredClone(before);
    const action = typeof spec.action === 'function' ? spec.action(row) : spec.action;
    const targets = lifecycle.targets(spec.stateOf?.(row) ?? row.status, action, row);
    lifecycle.check(action, identity, row);
    // Taken once the row is ours, so every timestamp of the step is the moment it happened.
    const at = new Date();
    await spec.authorise?.(row, at, manager);
    if (targets.length === 1) row.status = targets[0];
    await spec.apply?.(row, at, manager);
    if (!targets.includes(row.status)) {
      throw new Error(`${lifecycle.entityType} ${row.id}: ${action} may lead to ${targets.join(' or ')}, not ${row.status}`);
    }
    await (spec.save ? spec.save(manager, row, at) : saveChanges(manager, row, loaded));
    await spec.history?.(manager, { row, action, from: before.status, to: row.status, identity, at });
    const audit = spec.audit?.(row, before) ?? { before, after: row };
    await recordAudit(
      manager,
      identity,
      { action: lifecycle.auditAction(action), entityType: lifecycle.entityType, entityId: row.id, campusId: row.campusId, ...audit },
      at,
    );
    if (spec.event) {
      const { contract, data, key } = spec.event;
      await this.outbox.append(manager, contract, data(row, at, before.status), { key: key?.(row) ?? row.id, time: at });
    }
    return row;
  }
}

/**
 * Writes the columns of a loaded entity that differ from the row as it was loaded, in one UPDATE by id; nothing when
 * none did. TypeORM's `save` would first read the row again to find them: a statement per transition saved.
 */
export async function saveChanges<Row extends ObjectLiteral & { id: string }>(manager: EntityManager, row: Row, loaded: object): Promise<void> {
  const metadata = manager.connection.getMetadata(row.constructor);
  const changed = Object.fromEntries(
    Object.entries(row).filter(([property, value]) => metadata.findColumnWithPropertyName(property) && !isDeepStrictEqual(value, (loaded as Record<string, unknown>)[property])),
  );
  if (Object.keys(changed).length) await manager.update(metadata.target, { id: row.id }, changed);
}
