import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RiskLevel, ZoneKind } from './zone-kind';

/** 保洁区域: an area of one campus cleaned to one standard. GraphQL: `Zone` (zone.model.ts). */
@Entity({ name: 'zone' })
@Index('zone_campus_name_uq', ['campusId', 'name'], { unique: true })
export class ZoneRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('text') name!: string;
  @Column('text') kind!: ZoneKind;
  /** Never below the kind's default. */
  @Column('text') riskLevel!: RiskLevel;
  /** The org locations (wards, rooms, areas) the zone covers; a location belongs to one zone. */
  @Column('uuid', { array: true }) locationIds!: string[];
  @Column('boolean') active!: boolean;
  @Column('timestamptz') createdAt!: Date;
  @Column('text') createdBy!: string;
}
