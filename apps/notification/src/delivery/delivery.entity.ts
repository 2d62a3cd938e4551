import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One notification on one outbound channel: pending (with when), delivered, skipped (with why) or dead (after its attempts). */
@Entity({ name: 'notification_delivery' })
@Index('notification_delivery_uq', ['notificationId', 'channel'], { unique: true })
@Index('notification_delivery_due_idx', ['nextAttemptAt'], { where: "status = 'PENDING'" })
@Index('notification_delivery_status_idx', ['status', 'campusId'])
export class DeliveryRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') notificationId!: string;
  @Column('uuid') campusId!: string;
  @Column('text') channel!: string;
  @Column('text') status!: string;
  @Column('integer') attempts!: number;
  @Column('timestamptz', { nullable: true }) nextAttemptAt!: Date | null;
  @Column('text', { nullable: true }) lastError!: string | null;
  @Column('text', { nullable: true }) providerMessageId!: string | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

/** The delivery log: every attempt and what the provider said. */
@Entity({ name: 'notification_delivery_attempt' })
@Index('notification_delivery_attempt_delivery_idx', ['deliveryId', 'attemptedAt'])
export class DeliveryAttemptRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') deliveryId!: string;
  /** Counted from 1 after each (re)send; 0 marks a resend. */
  @Column('integer') attempt!: number;
  @Column('timestamptz') attemptedAt!: Date;
  @Column('text') outcome!: string;
  @Column('text', { nullable: true }) detail!: string | null;
  /** Who asked for it again, when an admin resent a dead delivery. */
  @Column('text', { nullable: true }) resentBy!: string | null;
}
