import { Injectable } from '@nestjs/common';
import { EventContract, EventData } from '@houqin/contracts';
import { recordAudit } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { EntityManager } from 'typeorm';
import { WorkOrderRow, WorkOrderTransitionRow } from './work-order.entity';
import { nextStatus, TransitionAction, WorkOrderAction, WorkOrderStatus } from './work-order-lifecycle';
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

export interface TransitionSpec<C extends EventContract> {
  action: TransitionAction;
  reason?: string | null;
  /** Who, beyond the resolver's roles, may do it to this order (e.g. only the assigned technician). */
  authorise?: (row: WorkOrderRow) => void;
  /** Changes besides the status, made after the transition is known to be legal. */
  apply?: (row: WorkOrderRow, at: Date, manager: EntityManager) => Promise<void> | void;
  event: C;
  eventData: (row: WorkOrderRow, at: Date) => EventData<C>;
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
 * The one way a work order changes state: lock the row, check the transition and the caller, apply,
 * then write timeline, audit and event in the same transaction. Each use case only says what differs.
 */
@Injectable()
export class WorkOrderTransitions {
  constructor(
    private readonly repository: WorkOrderRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: Outbox,
  ) {}

  run<C extends EventContract>(identity: Identity, workOrderId: string, spec: TransitionSpec<C>): Promise<WorkOrderRow> {
    return this.unitOfWork.run((manager) => this.runIn(manager, identity, workOrderId, spec));
  }

  /** The same inside a transaction the caller already holds (e.g. calling a vendor pauses the clock with it). */
  async runIn<C extends EventContract>(manager: EntityManager, identity: Identity, workOrderId: string, spec: TransitionSpec<C>): Promise<WorkOrderRow> {
    const row = await this.repository.findVisible(identity, workOrderId, manager, true);
    const before = { ...row };
    const to = nextStatus(row.status, spec.action);
    spec.authorise?.(row);
    const at = new Date();
    row.status = to;
    await spec.apply?.(row, at, manager);
    await manager.save(WorkOrderRow, row);
    await recordTransition(manager, row, identity, spec.action, before.status, spec.reason ?? null, at);
    await recordAudit(manager, identity, {
      action: `work_order.${spec.action.toLowerCase()}`,
      entityType: 'WorkOrder',
      entityId: row.id,
      campusId: row.campusId,
      before,
      after: row,
    });
    await this.outbox.append(manager, spec.event, spec.eventData(row, at), { key: row.id });
    return row;
  }
}
