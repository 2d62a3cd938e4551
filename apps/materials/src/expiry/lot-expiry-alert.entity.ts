import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per lot and expiry threshold passed, written by the expiry job in the same transaction as the
 * alert's outbox row: the primary key is what makes each alert once-only across runs, replicas and restarts.
 * `announced` is false for thresholds passed silently (the lot was first seen nearer its expiry).
 */
@Entity({ name: 'lot_expiry_alert' })
@Check('lot_expiry_alert_threshold_check', `"threshold" IN ('DAYS_90', 'DAYS_30', 'DAYS_7')`)
export class LotExpiryAlertRow {
  @PrimaryColumn('uuid') lotId!: string;
  @PrimaryColumn('text') threshold!: string;
  @Column('boolean') announced!: boolean;
  @Column('timestamptz') recordedAt!: Date;
}
