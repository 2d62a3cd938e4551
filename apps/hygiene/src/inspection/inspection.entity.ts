import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SheetItem } from './score-sheet';

/** A campus's score sheet (评分表) for one kind of zone; setting it again replaces it (inspections keep their own copy of each item). */
@Entity({ name: 'inspection_sheet' })
@Index('inspection_sheet_campus_kind_uq', ['campusId', 'zoneKind'], { unique: true })
export class InspectionSheetRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  /** ZoneKind. */
  @Column('text') zoneKind!: string;
  @Column('text') name!: string;
  @Column('integer') passScore!: number;
  @Column('jsonb') items!: SheetItem[];
  @Column('timestamptz') updatedAt!: Date;
  @Column('text') updatedBy!: string;
}

/** One inspection of a zone against its kind's sheet (卫生检查). The public GraphQL type is `Inspection`. */
@Entity({ name: 'inspection' })
@Index('inspection_campus_inspected_idx', ['campusId', 'inspectedAt'])
@Index('inspection_zone_inspected_idx', ['zoneId', 'inspectedAt'])
export class InspectionRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') zoneId!: string;
  @Column('uuid') sheetId!: string;
  /** The zone's cleaning contractor at the time: the monthly and quarterly figures charge the score to them. */
  @Column('uuid', { nullable: true }) contractorId!: string | null;
  /** 0–100, one decimal. */
  @Column('real') score!: number;
  @Column('boolean') passed!: boolean;
  @Column('integer') failedItems!: number;
  @Column('text', { nullable: true }) note!: string | null;
  /** Object-storage keys of the photos taken (uploaded by the client beforehand). */
  @Column('text', { array: true }) photoKeys!: string[];
  @Column('timestamptz') inspectedAt!: Date;
  @Column('text') inspectorSubject!: string;
  @Column('text') inspectorName!: string;
  @Column('timestamptz') createdAt!: Date;
}

/** One item of an inspection, with the sheet's item as it was then and what was found. */
@Entity({ name: 'inspection_item_result' })
@Index('inspection_item_result_inspection_idx', ['inspectionId'])
export class InspectionItemResultRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') inspectionId!: string;
  @Column('integer') position!: number;
  @Column('text') itemKey!: string;
  @Column('text') label!: string;
  /** SheetItemKind. */
  @Column('text') kind!: string;
  @Column('integer') weight!: number;
  @Column('boolean') passed!: boolean;
  @Column('text') finding!: string;
  @Column('integer', { nullable: true }) rlu!: number | null;
  @Column('integer', { nullable: true }) marked!: number | null;
  @Column('integer', { nullable: true }) removed!: number | null;
  /** Failed items only: where, and what is to be done (InspectionRemedy). */
  @Column('uuid', { nullable: true }) locationId!: string | null;
  @Column('text', { nullable: true }) remedy!: string | null;
  @Column('text', { nullable: true }) repairCategory!: string | null;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('text', { array: true }) photoKeys!: string[];
}
