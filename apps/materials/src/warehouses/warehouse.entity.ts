import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A campus's store (院区库房). One per campus for now, hence the unique campus index. */
@Entity({ name: 'warehouse' })
@Index('warehouse_campus_uq', ['campusId'], { unique: true })
export class WarehouseRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('timestamptz') createdAt!: Date;
}
