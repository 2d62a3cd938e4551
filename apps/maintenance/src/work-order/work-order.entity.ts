import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { WorkOrderStatus } from './work-order-status';
import { ClockPauseReason, EscalationLevel, SlaClockKind, WorkOrderPriority } from './sla-policy';

@Entity({ name: 'work_order' })
@Index('work_order_campus_status_idx', ['campusId', 'status'])
@Index('work_order_number_idx', ['number'], { unique: true })
@Index('work_order_asset_idx', ['assetId'])
@Index('work_order_campus_submitted_idx', ['campusId', 'submittedAt'])
@Index('work_order_open_due_idx', ['resolutionDueAt'], { where: `status IN ('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS')` })
export class WorkOrderRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') number!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') locationId!: string;
  @Column('uuid') departmentId!: string;
  @Column('uuid', { nullable: true }) assetId!: string | null;
  @Column('uuid', { nullable: true }) requesterStaffId!: string | null;
  @Column('text') requesterSubject!: string;
  @Column('text') category!: string;
  @Column('text') priority!: WorkOrderPriority;
  @Column('text') title!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('text', { default: 'CONSOLE' }) source!: string;
  @Column('text', { nullable: true }) sourceRef!: string | null;
  @Column('text') status!: WorkOrderStatus;
  @Column('uuid', { nullable: true }) teamId!: string | null;
  @Column('uuid', { nullable: true }) technicianId!: string | null;
  @Column('integer', { nullable: true }) labourMinutes!: number | null;
  @Column('integer', { default: 0 }) completionCount!: number;
  @Column('smallint', { nullable: true }) rating!: number | null;
  @Column('text', { nullable: true }) feedback!: string | null;
  @Column('timestamptz') submittedAt!: Date;
  @Column('timestamptz') responseDueAt!: Date;
  @Column('timestamptz') resolutionDueAt!: Date;
  @Column('timestamptz', { nullable: true }) dispatchedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) acceptedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) completedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) signedOffAt!: Date | null;
  @Column('timestamptz', { nullable: true }) closedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) cancelledAt!: Date | null;
  /** Set while the resolution clock stands still (waiting for parts, a vendor, access). */
  @Column('timestamptz', { nullable: true }) pausedSince!: Date | null;
  @Column('text', { nullable: true }) pauseReason!: ClockPauseReason | null;
  /** Total time the clock stood still, for KPIs that measure working time. */
  @Column('integer', { default: 0 }) pausedMinutes!: number;
  /** 首问负责制: who took the call (or first dispatched it) follows the order to closure. */
  @Column('text', { nullable: true }) ownerSubject!: string | null;
  @Column('text', { nullable: true }) ownerName!: string | null;
  @Column('uuid', { nullable: true }) ownerStaffId!: string | null;
}

/** Parts used, per completion (a reopened order completed again records its own parts). */
@Entity({ name: 'work_order_part' })
@Index('work_order_part_order_idx', ['workOrderId'])
export class WorkOrderPartRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') workOrderId!: string;
  @Column('integer') completion!: number;
  @Column('uuid') itemId!: string;
  @Column('integer') quantity!: number;
}

/** The order's timeline: every transition with who, when and why. */
@Entity({ name: 'work_order_transition' })
@Index('work_order_transition_order_idx', ['workOrderId'])
export class WorkOrderTransitionRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') workOrderId!: string;
  @Column('text') action!: string;
  @Column('text', { nullable: true }) fromStatus!: string | null;
  @Column('text') toStatus!: string;
  @Column('text') actorSubject!: string;
  @Column('text') actorName!: string;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('timestamptz') occurredAt!: Date;
}

/** A campus's own response and resolution targets for one priority (else the platform defaults). */
@Entity({ name: 'sla_target' })
export class SlaTargetRow {
  @PrimaryColumn('uuid') campusId!: string;
  @PrimaryColumn('text') priority!: WorkOrderPriority;
  @Column('integer') responseMinutes!: number;
  @Column('integer') resolutionMinutes!: number;
  @Column('timestamptz') updatedAt!: Date;
  @Column('text') updatedBy!: string;
}

/** Each time the resolution clock stood still, why and who stopped and restarted it. */
@Entity({ name: 'work_order_clock_pause' })
@Index('work_order_clock_pause_order_idx', ['workOrderId'])
export class WorkOrderClockPauseRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') workOrderId!: string;
  @Column('text') reason!: ClockPauseReason;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('timestamptz') pausedAt!: Date;
  @Column('text') pausedBy!: string;
  @Column('timestamptz', { nullable: true }) resumedAt!: Date | null;
  @Column('text', { nullable: true }) resumedBy!: string | null;
}

/** An escalation raised by the SLA job; the unique key makes each one happen once per completion cycle. */
@Entity({ name: 'sla_escalation' })
@Index('sla_escalation_once_idx', ['workOrderId', 'clock', 'level', 'cycle'], { unique: true })
export class SlaEscalationRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') workOrderId!: string;
  @Column('text') clock!: SlaClockKind;
  @Column('text') level!: EscalationLevel;
  @Column('integer') cycle!: number;
  @Column('timestamptz') dueAt!: Date;
  @Column('timestamptz') raisedAt!: Date;
}

/** One line of a campus's routing table (派工规则); the table is replaced as a whole. */
@Entity({ name: 'routing_rule' })
@Index('routing_rule_campus_idx', ['campusId'])
export class RoutingRuleRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('text') category!: string;
  @Column('uuid', { nullable: true }) buildingId!: string | null;
  @Column('uuid', { nullable: true }) locationId!: string | null;
  @Column('uuid') teamId!: string;
  @Column('timestamptz') updatedAt!: Date;
  @Column('text') updatedBy!: string;
}
