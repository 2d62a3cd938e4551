import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * 报修码: the QR label stuck on a place (a ward, a plant room) or an asset (an elevator, a steriliser). One
 * active label per place or asset; replacing one (lost, defaced, copied) withdraws the old code.
 */
@Entity({ name: 'repair_label' })
@Index('repair_label_campus_idx', ['campusId'])
@Index('repair_label_active_location_idx', ['locationId'], { unique: true, where: `"withdrawn_at" IS NULL AND "location_id" IS NOT NULL` })
@Index('repair_label_active_asset_idx', ['assetId'], { unique: true, where: `"withdrawn_at" IS NULL AND "asset_id" IS NOT NULL` })
@Check('repair_label_one_target', `("location_id" IS NULL) <> ("asset_id" IS NULL)`)
export class RepairLabelRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  /** The place the label is on: null for an asset's label (the asset's current location is used). */
  @Column('uuid', { nullable: true }) locationId!: string | null;
  @Column('uuid', { nullable: true }) assetId!: string | null;
  @Column('timestamptz') issuedAt!: Date;
  @Column('text') issuedBy!: string;
  @Column('timestamptz', { nullable: true }) withdrawnAt!: Date | null;
  @Column('text', { nullable: true }) withdrawnReason!: string | null;
}

/** A report sent from a scanned label, with the follow-up code the reporter keeps (only its hash is stored). */
@Entity({ name: 'repair_portal_report' })
@Index('repair_portal_report_label_idx', ['labelId', 'submittedAt'])
@Index('repair_portal_report_session_idx', ['sessionId'])
export class PortalReportRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') labelId!: string;
  @Column('uuid') sessionId!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') workOrderId!: string;
  /** Linked to an order already open for the same fault (重复报修) rather than opening one. */
  @Column('boolean') duplicate!: boolean;
  @Column('text', { unique: true }) followUpHash!: string;
  @Column('text', { nullable: true }) contactName!: string | null;
  @Column('text', { nullable: true }) contactPhone!: string | null;
  @Column('timestamptz') submittedAt!: Date;
}
