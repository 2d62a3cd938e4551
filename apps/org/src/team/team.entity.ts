import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DirectoryKind } from '../common/directory-kind';
import { Trade } from './trade';

/** 班组: a crew work is dispatched to (水电班, 电梯维保...). */
@Entity({ name: 'team' })
@Index('team_campus_name_idx', ['campusId', 'name'], { unique: true })
export class TeamRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('text') name!: string;
  @Column('text') trade!: Trade;
  /** 班组长: a staff member of the same campus; SLA escalations reach them first. */
  @Column('uuid', { nullable: true }) leadId!: string | null;
  @Column('boolean') active!: boolean;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

export const TEAM: DirectoryKind<TeamRow> = { entity: 'Team', row: TeamRow, alias: 'team', campusProperty: 'campusId', campusOf: (row) => row.campusId };
