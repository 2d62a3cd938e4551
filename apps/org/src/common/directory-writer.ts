import { Injectable } from '@nestjs/common';
import { EventContract, EventData } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { chosenId, isUniqueViolation, uniqueViolationConstraint, uuidv7 } from '@houqin/platform-database';
import { DomainError, notFound, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { EntityManager, FindOptionsWhere, Not } from 'typeorm';
import { DirectoryKind, DirectoryRow } from './directory-kind';
import { assertCanManageCampus } from './directory-permissions';

/** A uniqueness rule the caller hears about as DUPLICATE; `index` is the unique index that backs it. */
export interface UniqueRule<Row> {
  index: string;
  entity: string;
  value: string;
  where: FindOptionsWhere<Row>;
}

/** What differs between the directory's kinds of row: the event announcing them and what must be unique. */
export interface DirectoryChange<Row extends DirectoryRow, C extends EventContract> {
  kind: DirectoryKind<Row>;
  event: {
    contract: C;
    /** The payload: the row's full current state, so consumers can keep a replica. */
    data: (row: Row) => EventData<C>;
  };
  unique?: (row: Row) => UniqueRule<Row>[];
}

export interface NewRow<Row> {
  /** `input.id`: chosen by a group admin (imports, demo data), generated otherwise. */
  id?: string | null;
  /** The campus named in the input, when it is: checked before any reference is looked up. */
  campusId?: string;
  /** Validates references and returns the row to insert. */
  build: (manager: EntityManager, id: string, now: Date) => Promise<Row>;
}

/**
 * The one way the directory changes, shared by its create/update use cases: campus permission, duplicate
 * checks (then the unique indexes, for concurrent writers), the write, the audit entry and the ...ChangedV1
 * event with the full state (key = the row's id), all in one UnitOfWork transaction. Use cases only say what differs.
 */
@Injectable()
export class DirectoryWriter {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
  ) {}

  create<Row extends DirectoryRow, C extends EventContract>(identity: Identity, change: DirectoryChange<Row, C>, input: NewRow<Row>): Promise<Row> {
    const id = chosenId(identity, 'id', input.id) ?? uuidv7();
    if (input.campusId) assertCanManageCampus(identity, input.campusId);
    return this.unitOfWork.run(async (manager) => {
      if (await manager.exists(change.kind.row, { where: { id } as FindOptionsWhere<Row> }))
        throw new DomainError('DUPLICATE', { entity: change.kind.entity, value: id });
      const now = new Date();
      const row = await input.build(manager, id, now);
      assertCanManageCampus(identity, change.kind.campusOf(row));
      await this.write(manager, change, row, () => manager.insert(change.kind.row, row));
      await this.announce(manager, identity, change, 'create', null, row);
      return row;
    });
  }

  /** Loads the row (FORBIDDEN if it is on a campus the caller does not keep), applies the change and saves it. */
  update<Row extends DirectoryRow, C extends EventContract>(
    identity: Identity,
    change: DirectoryChange<Row, C>,
    id: string,
    apply: (row: Row, manager: EntityManager) => Promise<void> | void,
  ): Promise<Row> {
    const rowId = requireUuid('id', id);
    const { kind } = change;
    return this.unitOfWork.run(async (manager) => {
      const row = await manager.createQueryBuilder(kind.row, kind.alias).where(`${kind.alias}.id = :rowId`, { rowId }).setLock('pessimistic_write').getOne();
      if (!row) throw notFound(kind.entity, rowId);
      assertCanManageCampus(identity, kind.campusOf(row));
      const before = { ...row };
      await apply(row, manager);
      row.updatedAt = new Date();
      await this.write(manager, change, row, () => manager.save(kind.row, row));
      await this.announce(manager, identity, change, 'update', before, row);
      return row;
    });
  }

  private async write<Row extends DirectoryRow>(
    manager: EntityManager,
    change: DirectoryChange<Row, EventContract>,
    row: Row,
    save: () => Promise<unknown>,
  ): Promise<void> {
    const rules = change.unique?.(row) ?? [];
    for (const rule of rules) {
      if (await manager.exists(change.kind.row, { where: { ...rule.where, id: Not(row.id) } as FindOptionsWhere<Row> }))
        throw new DomainError('DUPLICATE', { entity: rule.entity, value: rule.value });
    }
    try {
      await save();
    } catch (error) {
      // A concurrent writer got there between the check and the write: the index has the last word.
      const constraint = isUniqueViolation(error) ? uniqueViolationConstraint(error) : undefined;
      const rule = rules.find((r) => r.index === constraint);
      if (rule) throw new DomainError('DUPLICATE', { entity: rule.entity, value: rule.value });
      if (constraint?.startsWith('PK_')) throw new DomainError('DUPLICATE', { entity: change.kind.entity, value: row.id });
      throw error;
    }
  }

  private async announce<Row extends DirectoryRow, C extends EventContract>(
    manager: EntityManager,
    identity: Identity,
    change: DirectoryChange<Row, C>,
    verb: 'create' | 'update',
    before: Row | null,
    row: Row,
  ): Promise<void> {
    const { kind } = change;
    await this.changes.record(
      manager,
      identity,
      {
        audit: { action: `${kind.entity.toLowerCase()}.${verb}`, entityType: kind.entity, entityId: row.id, campusId: kind.campusOf(row), before, after: row },
        events: [changeEvent(change.event.contract, change.event.data(row), row.id)],
      },
      row.updatedAt,
    );
  }
}
