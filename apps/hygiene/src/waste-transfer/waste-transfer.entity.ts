import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * 转移: loads handed from the temporary store to the licensed disposal company under one manifest (转移联单), with
 * the company's weight reconciled against the wards'. The public GraphQL type is `WasteTransfer` (waste-transfer.model.ts).
 */
@Entity({ name: 'waste_transfer' })
@Index('waste_transfer_manifest_no_uq', ['manifestNo'], { unique: true })
@Index('waste_transfer_campus_transferred_idx', ['campusId', 'transferredAt'])
export class WasteTransferRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  /** 转移联单号: issued by the environmental authority's system, unique nationwide. */
  @Column('text') manifestNo!: string;
  @Column('text') disposalCompany!: string;
  @Column('timestamptz') transferredAt!: Date;
  @Column('integer') collectionCount!: number;
  @Column('integer') wardWeightGrams!: number;
  @Column('integer') companyWeightGrams!: number;
  @Column('integer') differenceGrams!: number;
  @Column('integer') deviationBasisPoints!: number;
  /** The tolerance in force when it was reconciled, so a later change of setting does not rewrite history. */
  @Column('integer') toleranceBasisPoints!: number;
  @Column('boolean') discrepancy!: boolean;
  @Column('timestamptz') createdAt!: Date;
  @Column('text') createdBy!: string;
}
