import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { WasteCategory } from '../waste-container/waste-category';
import { WasteCollectionStatus } from './waste-collection-status';

/**
 * One load of medical waste from one container, with both signatures of its handover: the collector who weighed
 * it and the ward's nurse who signed it over. Category and ward are copied from the container when scanned, so
 * the record stays what was signed. The public GraphQL type is `WasteCollection` (waste-collection.model.ts).
 */
@Entity({ name: 'waste_collection' })
@Index('waste_collection_campus_status_idx', ['campusId', 'status'])
@Index('waste_collection_campus_collected_idx', ['campusId', 'collectedAt'])
@Index('waste_collection_transfer_idx', ['transferId'])
// One load at a time per container: the backstop of RecordWasteCollection's check under concurrent scans.
@Index('waste_collection_open_container_uq', ['containerId'], { unique: true, where: `"status" <> 'TRANSFERRED'` })
export class WasteCollectionRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') containerId!: string;
  @Column('uuid') departmentId!: string;
  @Column('text') category!: WasteCategory;
  @Column('integer') weightGrams!: number;
  @Column('text') status!: WasteCollectionStatus;
  @Column('timestamptz') collectedAt!: Date;
  @Column('text') collectedBy!: string;
  @Column('uuid', { nullable: true }) collectorStaffId!: string | null;
  @Column('text') collectorName!: string;
  @Column('timestamptz', { nullable: true }) handedOverAt!: Date | null;
  @Column('uuid', { nullable: true }) wardSignerStaffId!: string | null;
  @Column('text', { nullable: true }) wardSignerName!: string | null;
  @Column('timestamptz', { nullable: true }) storedAt!: Date | null;
  @Column('uuid', { nullable: true }) transferId!: string | null;
  @Column('timestamptz', { nullable: true }) transferredAt!: Date | null;
}
