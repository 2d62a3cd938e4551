import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { WorkOrderStatus } from './work-order-lifecycle';
import { WorkOrderPriority } from './sla-policy';

@Entity({ name: 'work_order' })
@Index('work_order_campus_status_idx', ['campusId', 'status'])
@Index('work_order_number_idx', ['number'], { unique: true })
@Index('work_order_asset_idx', ['assetId'])
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
  @Column('text') status!: WorkOrderStatus;
  @Column('uuid', { nullable: true }) teamId!: string | null;
  @Column('uuid', { nullable: true }) technicianId!: string | null;
  @Column('integer', { nullable: true }) labourMinutes!: number | null;
  @Column('integer', { default: 0 }) completionCount!: number;
  @Column('smallint', { nullable: true }) rating!: number | null;
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
