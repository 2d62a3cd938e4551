import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses, uuidv7 } from '@houqin/platform-database';
import { notFound } from '@houqin/platform-errors';
import { TransitionEntry } from '@houqin/platform-lifecycle';
import { DepartmentReplicaRow, StaffReplicaRow } from '@houqin/platform-org-replica';
import { EntityManager } from 'typeorm';
import { Caller, RequisitionParties } from './requisition-access';
import { RequisitionAction, RequisitionStatus } from './requisition-lifecycle';
import { LineBalance } from './requisition-lines';
import { RequisitionHistoryRow, RequisitionLineRow, RequisitionRow } from './requisition.entity';

/** A line's quantities as the pure rules see them. */
export const balanceOf = (line: RequisitionLineRow): LineBalance => ({
  itemId: line.itemId,
  requested: line.quantityRequested,
  approved: line.quantityApproved,
  issued: line.quantityIssued,
});

/** The caller with the department of their (active) staff record: what decides who heads which department. */
export async function callerOf(manager: EntityManager, identity: Identity): Promise<Caller> {
  const staff = identity.staffId ? await manager.findOneBy(StaffReplicaRow, { id: identity.staffId, active: true }) : null;
  return { identity, departmentId: staff?.departmentId ?? null };
}

/** The facts every requisition event carries (see libs/contracts requisition-events). */
export function requisitionFacts(row: RequisitionRow, actor: Identity, at: Date) {
  return {
    requisitionId: row.id,
    number: row.number,
    campusId: row.campusId,
    warehouseId: row.warehouseId,
    departmentId: row.departmentId,
    status: row.status,
    occurredAt: at.toISOString(),
    actor: { subject: actor.subject, staffId: actor.staffId, name: actor.name },
  };
}

/**
 * What every change of a requisition shares: the row locked for the length of the transaction (so two
 * approvers, or two storekeepers issuing the last units, queue and the second sees the first's result), the
 * parties the access rules look at, and the step written to the history in the same transaction.
 */
@Injectable()
export class RequisitionSteps {
  /** The requisition on one of the caller's campuses, locked; NOT_FOUND otherwise (another campus's does not exist for them). */
  async lock(manager: EntityManager, identity: Identity, id: string): Promise<RequisitionRow> {
    const row = await scopeToCampuses(manager.getRepository(RequisitionRow).createQueryBuilder('requisition'), identity)
      .andWhere('requisition.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!row) throw notFound('Requisition', id);
    return row;
  }

  lines(manager: EntityManager, requisitionId: string): Promise<RequisitionLineRow[]> {
    return manager.find(RequisitionLineRow, { where: { requisitionId }, order: { lineNo: 'ASC' } });
  }

  async parties(manager: EntityManager, row: RequisitionRow): Promise<RequisitionParties> {
    const department = await manager.findOneBy(DepartmentReplicaRow, { id: row.departmentId });
    return { ...row, departmentName: department?.name ?? row.departmentId };
  }

  /**
   * A step for the TransitionRunner: the requisition locked, the row written as it stands (its audit entry keeps
   * the state before the write's timestamp), and the history entry with the step's comment (known only once the
   * step has run, for an exemption).
   */
  step(identity: Identity, id: string, comment: string | null | (() => string | null)) {
    return {
      load: (manager: EntityManager) => this.lock(manager, identity, id),
      save: (manager: EntityManager, row: RequisitionRow, at: Date) => manager.update(RequisitionRow, { id: row.id }, { ...row, updatedAt: at }),
      history: (manager: EntityManager, entry: TransitionEntry<RequisitionRow, RequisitionStatus, RequisitionAction>) =>
        this.history(manager, entry.identity, entry.row, entry.action, entry.from, typeof comment === 'function' ? comment() : comment, entry.at),
    };
  }

  history(
    manager: EntityManager,
    actor: Identity,
    row: RequisitionRow,
    action: RequisitionAction,
    from: RequisitionStatus | null,
    comment: string | null,
    at: Date,
  ): Promise<unknown> {
    return manager.insert(RequisitionHistoryRow, {
      id: uuidv7(),
      requisitionId: row.id,
      action,
      fromStatus: from,
      toStatus: row.status,
      actorSubject: actor.subject,
      actorStaffId: actor.staffId,
      actorName: actor.name,
      comment,
      occurredAt: at,
    });
  }
}
