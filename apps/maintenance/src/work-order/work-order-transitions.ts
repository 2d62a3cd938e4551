import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { TransitionEntry } from '@houqin/platform-lifecycle';
import { EntityManager } from 'typeorm';
import { WorkOrderRow, WorkOrderTransitionRow } from './work-order.entity';
import { TransitionAction, WorkOrderAction } from './work-order-lifecycle';
import { WorkOrderStatus } from './work-order-status';
import { WorkOrderRepository } from './work-order.repository';

type WorkOrderKey = Pick<WorkOrderRow, 'id' | 'number' | 'campusId' | 'locationId' | 'departmentId' | 'status' | 'priority'>;

/** The facts every work-order event carries (see libs/contracts work-order-events). */
export function workOrderFacts(row: WorkOrderKey, actor: Pick<Identity, 'subject' | 'staffId' | 'name'>, at: Date) {
  return {
    workOrderId: row.id,
    number: row.number,
    campusId: row.campusId,
    locationId: row.locationId,
    departmentId: row.departmentId,
    status: row.status,
    priority: row.priority,
    occurredAt: at.toISOString(),
    actor: { subject: actor.subject, staffId: actor.staffId, name: actor.name },
  };
}

/** Records a transition on the timeline (also used for the initial submission). */
export async function recordTransition(
  manager: EntityManager,
  row: WorkOrderRow,
  actor: Identity,
  action: WorkOrderAction,
  from: WorkOrderStatus | null,
  reason: string | null,
  at: Date,
) {
  await manager.insert(WorkOrderTransitionRow, {
    id: uuidv7(),
    workOrderId: row.id,
    action,
    fromStatus: from,
    toStatus: row.status,
    actorSubject: actor.subject,
    actorName: actor.name,
    reason,
    occurredAt: at,
  });
}

/**
 * What every work-order transition shares: the order of the caller's campuses, locked, and the step on its
 * timeline (which the GraphQL timeline reads) with the use case's reason.
 */
export function workOrderStep(repository: WorkOrderRepository, identity: Identity, workOrderId: string, reason: string | null = null) {
  return {
    load: (manager: EntityManager) => repository.findVisible(identity, workOrderId, manager, true),
    history: (manager: EntityManager, step: TransitionEntry<WorkOrderRow, WorkOrderStatus, TransitionAction>) =>
      recordTransition(manager, step.row, step.identity, step.action, step.from, reason, step.at),
  };
}
