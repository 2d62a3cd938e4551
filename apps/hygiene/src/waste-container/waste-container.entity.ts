import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { WasteCategory, WasteContainerKind } from './waste-category';

/** A labelled waste container issued to a ward for one category. The public GraphQL type is `WasteContainer` (waste-container.model.ts). */
@Entity({ name: 'waste_container' })
@Index('waste_container_campus_department_idx', ['campusId', 'departmentId'])
export class WasteContainerRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') departmentId!: string;
  @Column('text') category!: WasteCategory;
  @Column('text') kind!: WasteContainerKind;
  @Column('timestamptz') createdAt!: Date;
  @Column('text') createdBy!: string;
}
