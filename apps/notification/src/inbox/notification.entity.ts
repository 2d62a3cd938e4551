import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One alert in one person's inbox, in both languages (the person reads it in theirs). Addressed by person key
 * (`staff:<id>` or `subject:<idp subject>`), so a team lead who never signed in still finds it on first sign-in.
 */
@Entity({ name: 'notification' })
@Index('notification_dedup_uq', ['recipientKey', 'dedupKey'], { unique: true })
@Index('notification_inbox_idx', ['recipientKey', 'createdAt'])
@Index('notification_escalation_idx', ['escalateAt'], { where: 'escalate_at IS NOT NULL AND escalated_at IS NULL AND acknowledged_at IS NULL' })
export class NotificationRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') recipientKey!: string;
  @Column('text') recipientName!: string;
  @Column('uuid') campusId!: string;
  /** The rule's alert (SLA_ESCALATED, LOT_EXPIRING, ...). */
  @Column('text') alert!: string;
  /** What it is about, as the rule names it (the work order and clock, the lot and threshold). */
  @Column('text') subject!: string;
  /** Alert, subject and window: the same alert about the same subject is one notification per person per window. */
  @Column('text') dedupKey!: string;
  @Column('uuid') eventId!: string;
  @Column('text') eventType!: string;
  @Column('text') severity!: string;
  @Column('text') titleZh!: string;
  @Column('text') titleEn!: string;
  @Column('text') bodyZh!: string;
  @Column('text') bodyEn!: string;
  @Column('text') link!: string;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz', { nullable: true }) readAt!: Date | null;
  @Column('timestamptz', { nullable: true }) acknowledgedAt!: Date | null;
  /** When, unacknowledged, it goes on to the rule's escalation audience; null when the rule has none. */
  @Column('timestamptz', { nullable: true }) escalateAt!: Date | null;
  @Column('timestamptz', { nullable: true }) escalatedAt!: Date | null;
  /** Set on the notifications an escalation made: the one nobody acknowledged. */
  @Column('uuid', { nullable: true }) escalatedFromId!: string | null;
}
