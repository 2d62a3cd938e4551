import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AssetCategory, AssetCriticality } from './asset-category';
import { AssetStatus } from './asset-status';

/** An entry of the asset register (设备台账). Date-only facts are `date` columns, read as YYYY-MM-DD strings. */
@Entity({ name: 'asset' })
@Index('asset_campus_asset_no_uq', ['campusId', 'assetNo'], { unique: true })
@Index('asset_campus_category_idx', ['campusId', 'category'])
@Index('asset_location_idx', ['locationId'])
@Index('asset_parent_idx', ['parentAssetId'])
@Index('asset_certificate_valid_until_idx', ['certificateValidUntil'])
export class AssetRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') locationId!: string;
  @Column('uuid') departmentId!: string;
  @Column('uuid', { nullable: true }) parentAssetId!: string | null;
  @Column('text') assetNo!: string;
  @Column('text') name!: string;
  @Column('text') category!: AssetCategory;
  @Column('text') criticality!: AssetCriticality;
  @Column('text', { nullable: true }) registrationNo!: string | null;
  @Column('text', { nullable: true }) manufacturer!: string | null;
  @Column('text', { nullable: true }) model!: string | null;
  @Column('text', { nullable: true }) serialNo!: string | null;
  @Column('date') commissionedOn!: string;
  @Column('date', { nullable: true }) warrantyEndsOn!: string | null;
  @Column('text') status!: AssetStatus;
  @Column('text', { nullable: true }) statusReason!: string | null;
  @Column('timestamptz') statusChangedAt!: Date;
  /** The newest inspection certificate, kept here so lists, the overdue list and the alert job need no join. */
  @Column('uuid', { nullable: true }) currentCertificateId!: string | null;
  @Column('date', { nullable: true }) certificateValidUntil!: string | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

/** 检验合格证: one periodic inspection of special equipment by the inspection body (特检院). */
@Entity({ name: 'inspection_certificate' })
@Index('inspection_certificate_asset_no_uq', ['assetId', 'certificateNo'], { unique: true })
export class InspectionCertificateRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') assetId!: string;
  @Column('text') certificateNo!: string;
  @Column('date') inspectedOn!: string;
  @Column('date') validUntil!: string;
  @Column('text') inspectionBody!: string;
  @Column('text') recordedBySubject!: string;
  @Column('timestamptz') recordedAt!: Date;
}

/**
 * The certificate alerts already decided, one per (asset, certificate, threshold): the alert job's memory,
 * written in the same transaction as the alert's outbox row. `certificateKey` is the certificate id, or
 * `none` for equipment without one. `announced` is false for thresholds passed silently (first seen later).
 */
@Entity({ name: 'certificate_alert' })
export class CertificateAlertRow {
  @PrimaryColumn('uuid') assetId!: string;
  @PrimaryColumn('text') certificateKey!: string;
  @PrimaryColumn('text') threshold!: string;
  @Column('boolean') announced!: boolean;
  @Column('timestamptz') recordedAt!: Date;
}
