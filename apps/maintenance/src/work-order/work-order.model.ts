import { Directive, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { allowedActions, WorkOrderAction, WorkOrderStatus } from './work-order-lifecycle';
import { SlaPolicy, WorkOrderPriority } from './sla-policy';
import { WorkOrderPartRow, WorkOrderRow, WorkOrderTransitionRow } from './work-order.entity';
import { CampusRef, DepartmentRef, ItemRef, LocationRef, ref, StaffRef, TeamRef } from '@houqin/platform-entity-refs';
import { Connection } from '@houqin/platform-graphql';

registerEnumType(WorkOrderStatus, { name: 'WorkOrderStatus', description: '工单状态' });
registerEnumType(WorkOrderPriority, { name: 'WorkOrderPriority', description: '紧急程度' });
registerEnumType(WorkOrderAction, { name: 'WorkOrderAction' });

@ObjectType({ description: 'SLA clocks of a work order: response = accepted, resolution = completed.' })
export class WorkOrderSla {
  @Field(() => Date) responseDueAt!: Date;
  @Field(() => Date) resolutionDueAt!: Date;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => Boolean) responseBreached!: boolean;
  @Field(() => Boolean) resolutionBreached!: boolean;
}

@ObjectType()
export class WorkOrderPart {
  @Field(() => ItemRef) item!: ItemRef;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { description: '1 for the first completion, 2 after a reopen, ...' }) completion!: number;
}

@ObjectType()
export class WorkOrderTransition {
  @Field(() => WorkOrderAction, { nullable: true }) action!: WorkOrderAction | null;
  @Field(() => WorkOrderStatus, { nullable: true }) fromStatus!: WorkOrderStatus | null;
  @Field(() => WorkOrderStatus) toStatus!: WorkOrderStatus;
  @Field(() => String) actorName!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => Date) occurredAt!: Date;
}

@ObjectType({ description: '维修工单: a repair request and its handling.' })
@Directive('@key(fields: "id")')
export class WorkOrder {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Human-readable number, e.g. WO-20261123-000042.' }) number!: string;
  @Field(() => WorkOrderStatus) status!: WorkOrderStatus;
  @Field(() => WorkOrderPriority) priority!: WorkOrderPriority;
  @Field(() => String) category!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => CampusRef) campus!: CampusRef;
  @Field(() => LocationRef) location!: LocationRef;
  @Field(() => DepartmentRef, { description: 'The department charged for the work.' }) department!: DepartmentRef;
  @Field(() => StaffRef, { nullable: true }) requester!: StaffRef | null;
  @Field(() => TeamRef, { nullable: true }) team!: TeamRef | null;
  @Field(() => StaffRef, { nullable: true }) technician!: StaffRef | null;
  @Field(() => Int, { nullable: true }) labourMinutes!: number | null;
  @Field(() => Int, { nullable: true, description: 'Requester rating at sign-off, 1-5.' }) rating!: number | null;
  @Field(() => Date) submittedAt!: Date;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => WorkOrderSla) sla!: WorkOrderSla;
  @Field(() => [WorkOrderAction], { description: 'What can be done next, for the console buttons.' }) allowedActions!: WorkOrderAction[];
  /** Resolved by field resolvers (parts, timeline) so list queries do not load them unasked. */
  @Field(() => [WorkOrderPart]) parts!: WorkOrderPart[];
  @Field(() => [WorkOrderTransition]) timeline!: WorkOrderTransition[];
}

export const WorkOrderConnection = Connection(WorkOrder, 'WorkOrder');

const sla = new SlaPolicy();

export function toWorkOrder(row: WorkOrderRow, now: Date = new Date()): WorkOrder {
  const model = new WorkOrder();
  Object.assign(model, {
    id: row.id,
    number: row.number,
    status: row.status,
    priority: row.priority,
    category: row.category,
    title: row.title,
    description: row.description,
    campus: ref(row.campusId),
    location: ref(row.locationId),
    department: ref(row.departmentId),
    requester: ref(row.requesterStaffId),
    team: ref(row.teamId),
    technician: ref(row.technicianId),
    labourMinutes: row.labourMinutes,
    rating: row.rating,
    submittedAt: row.submittedAt,
    completedAt: row.completedAt,
    closedAt: row.closedAt,
    sla: sla.evaluate({ responseDueAt: row.responseDueAt, resolutionDueAt: row.resolutionDueAt }, row.acceptedAt, row.completedAt, row.cancelledAt ?? now),
    allowedActions: allowedActions(row.status),
  });
  return model;
}

export const toWorkOrderPart = (row: WorkOrderPartRow): WorkOrderPart => ({ item: { id: row.itemId }, quantity: row.quantity, completion: row.completion });

export const toTransition = (row: WorkOrderTransitionRow): WorkOrderTransition => ({
  action: (row.action as WorkOrderAction) ?? null,
  fromStatus: (row.fromStatus as WorkOrderStatus) ?? null,
  toStatus: row.toStatus as WorkOrderStatus,
  actorName: row.actorName,
  reason: row.reason,
  occurredAt: row.occurredAt,
});
