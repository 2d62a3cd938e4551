import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { WarehouseKind } from './warehouse-kind';

/** A campus's store (院区库房): its one central store (总库) or a secondary store (二级库). */
@Entity({ name: 'warehouse' })
@Index('warehouse_central_uq', ['campusId'], { unique: true, where: `"kind" = 'CENTRAL'` })
@Index('warehouse_campus_idx', ['campusId'])
@Check('warehouse_kind_check', `"kind" IN ('CENTRAL', 'SECONDARY')`)
export class WarehouseRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('text', { default: WarehouseKind.CENTRAL }) kind!: WarehouseKind;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('timestamptz') createdAt!: Date;
}
