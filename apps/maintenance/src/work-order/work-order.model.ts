import { Directive, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { allowedActions, reopenableUntil, WorkOrderAction } from './work-order-lifecycle';
import { WorkOrderStatus } from './work-order-status';
import { ClockPauseReason, EscalationLevel, SlaClockKind, SlaMinutes, SlaPolicy, WorkOrderPriority } from './sla-policy';
import { SlaEscalationRow, WorkOrderClockPauseRow, WorkOrderPartRow, WorkOrderRow, WorkOrderTransitionRow } from './work-order.entity';
import { WorkOrderSource } from './work-order-source';
import { CampusRef, DepartmentRef, ItemRef, LocationRef, ref, StaffRef, TeamRef } from '@houqin/platform-entity-refs';
import { Connection } from '@houqin/platform-graphql';

registerEnumType(WorkOrderStatus, { name: 'WorkOrderStatus', description: '工单状态' });
registerEnumType(WorkOrderPriority, { name: 'WorkOrderPriority', description: '紧急程度' });
registerEnumType(WorkOrderAction, { name: 'WorkOrderAction' });
registerEnumType(ClockPauseReason, { name: 'ClockPauseReason', description: '挂起原因: 等待备件、等待外委单位、科室暂不便施工' });
registerEnumType(SlaClockKind, { name: 'SlaClockKind', description: 'RESPONSE = 接单时限, RESOLUTION = 完工时限' });
registerEnumType(EscalationLevel, { name: 'EscalationLevel', description: '超时升级对象: 班组长, 院区管理员' });
registerEnumType(WorkOrderSource, { name: 'WorkOrderSource', description: '报修渠道: console, QR portal, or raised by a PM checklist or inspection round' });

@ObjectType({ description: 'SLA clocks of a work order: response = accepted, resolution = completed.' })
export class WorkOrderSla {
  @Field(() => Date) responseDueAt!: Date;
  @Field(() => Date) resolutionDueAt!: Date;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => Boolean) responseBreached!: boolean;
  @Field(() => Boolean) resolutionBreached!: boolean;
  @Field(() => Date, { nullable: true, description: 'Set while the resolution clock is paused.' }) pausedSince!: Date | null;
  @Field(() => ClockPauseReason, { nullable: true }) pauseReason!: ClockPauseReason | null;
  @Field(() => Int, { description: 'Minutes the resolution clock has stood still so far (closed pauses).' }) pausedMinutes!: number;
}

@ObjectType({ description: 'A time the resolution clock stood still.' })
export class WorkOrderClockPause {
  @Field(() => ClockPauseReason) reason!: ClockPauseReason;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date) pausedAt!: Date;
  @Field(() => String) pausedBy!: string;
  @Field(() => Date, { nullable: true }) resumedAt!: Date | null;
  @Field(() => String, { nullable: true }) resumedBy!: string | null;
}

@ObjectType({ description: 'An SLA escalation raised for the order (超时升级).' })
export class SlaEscalation {
  @Field(() => SlaClockKind) clock!: SlaClockKind;
  @Field(() => EscalationLevel) level!: EscalationLevel;
  @Field(() => Int, { description: 'Completion cycle: 0 before the first completion, 1 after one reopen, ...' }) cycle!: number;
  @Field(() => Date) dueAt!: Date;
  @Field(() => Date) raisedAt!: Date;
}

@ObjectType({ description: '首问负责人: who took the call (or first dispatched the order) and follows it to closure.' })
export class WorkOrderOwner {
  @Field(() => String) name!: string;
  @Field(() => StaffRef, { nullable: true }) staff!: StaffRef | null;
}

@ObjectType({ description: 'One line of a routing table (派工规则).' })
export class RoutingRule {
  @Field(() => String) category!: string;
  @Field(() => ID, { nullable: true, description: 'Org building id; null = not limited to a building.' }) buildingId!: string | null;
  @Field(() => LocationRef, { nullable: true }) location!: LocationRef | null;
  @Field(() => TeamRef) team!: TeamRef;
}

@ObjectType({ description: "One priority's targets on a campus, in minutes." })
export class SlaTarget {
  @Field(() => WorkOrderPriority) priority!: WorkOrderPriority;
  @Field(() => Int) responseMinutes!: number;
  @Field(() => Int) resolutionMinutes!: number;
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
  @Field(() => WorkOrderSource) source!: WorkOrderSource;
  @Field(() => CampusRef) campus!: CampusRef;
  @Field(() => LocationRef) location!: LocationRef;
  @Field(() => DepartmentRef, { description: 'The department charged for the work.' }) department!: DepartmentRef;
  @Field(() => StaffRef, { nullable: true }) requester!: StaffRef | null;
  @Field(() => TeamRef, { nullable: true }) team!: TeamRef | null;
  @Field(() => StaffRef, { nullable: true }) technician!: StaffRef | null;
  @Field(() => WorkOrderOwner, { nullable: true }) owner!: WorkOrderOwner | null;
  /** Resolved to `asset` by the asset register (asset/work-order-asset.resolver.ts). */
  assetId!: string | null;
  @Field(() => Int, { nullable: true }) labourMinutes!: number | null;
  @Field(() => Int, { nullable: true, description: 'Requester rating at sign-off, 1-5.' }) rating!: number | null;
  @Field(() => String, { nullable: true, description: "The requester's comment at sign-off." }) feedback!: string | null;
  @Field(() => Date, { nullable: true, description: 'Until when the requester may reopen the order (7 days after sign-off or completion).' })
  reopenableUntil!: Date | null;
  @Field(() => Date) submittedAt!: Date;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => WorkOrderSla) sla!: WorkOrderSla;
  @Field(() => [WorkOrderAction], { description: 'What can be done next, for the console buttons.' }) allowedActions!: WorkOrderAction[];
  /** Resolved by field resolvers (parts, timeline) so list queries do not load them unasked. */
  @Field(() => [WorkOrderPart]) parts!: WorkOrderPart[];
  @Field(() => [WorkOrderTransition]) timeline!: WorkOrderTransition[];
  @Field(() => [WorkOrderClockPause]) clockPauses!: WorkOrderClockPause[];
  @Field(() => [SlaEscalation]) escalations!: SlaEscalation[];
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
    source: row.source as WorkOrderSource,
    campus: ref(row.campusId),
    location: ref(row.locationId),
    department: ref(row.departmentId),
    requester: ref(row.requesterStaffId),
    team: ref(row.teamId),
    technician: ref(row.technicianId),
    owner: row.ownerSubject ? { name: row.ownerName ?? row.ownerSubject, staff: ref(row.ownerStaffId) } : null,
    assetId: row.assetId,
    labourMinutes: row.labourMinutes,
    rating: row.rating,
    feedback: row.feedback,
    reopenableUntil: reopenableUntil(row),
    submittedAt: row.submittedAt,
    completedAt: row.completedAt,
    closedAt: row.closedAt,
    sla: {
      ...sla.evaluate(
        { responseDueAt: row.responseDueAt, resolutionDueAt: row.resolutionDueAt },
        row.acceptedAt,
        row.completedAt,
        row.cancelledAt ?? now,
        row.pausedSince,
      ),
      pausedSince: row.pausedSince,
      pauseReason: row.pauseReason,
      pausedMinutes: row.pausedMinutes,
    },
    allowedActions: allowedActions(row.status, row.pausedSince !== null),
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

export const toClockPause = (row: WorkOrderClockPauseRow): WorkOrderClockPause => ({
  reason: row.reason,
  note: row.note,
  pausedAt: row.pausedAt,
  pausedBy: row.pausedBy,
  resumedAt: row.resumedAt,
  resumedBy: row.resumedBy,
});

export const toEscalation = (row: SlaEscalationRow): SlaEscalation => ({
  clock: row.clock,
  level: row.level,
  cycle: row.cycle,
  dueAt: row.dueAt,
  raisedAt: row.raisedAt,
});

export const toSlaTargets = (minutes: SlaMinutes): SlaTarget[] =>
  Object.values(WorkOrderPriority).map((priority) => ({
    priority,
    responseMinutes: minutes[priority].response,
    resolutionMinutes: minutes[priority].resolution,
  }));
export const toRoutingRule = (rule: { category: string; buildingId: string | null; locationId: string | null; teamId: string }): RoutingRule => ({
  category: rule.category,
  buildingId: rule.buildingId,
  location: ref(rule.locationId),
  team: { id: rule.teamId },
});
