import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Pest, PestFollowUpStatus } from './pest';

/**
 * A visit of the pest control (除四害) or termite control (白蚁防治) contractor to a campus: the areas treated, how,
 * with what. The public GraphQL type is `PestControlVisit` (pest-control-visit.model.ts).
 */
@Entity({ name: 'pest_control_visit' })
@Index('pest_control_visit_campus_idx', ['campusId', 'visitedOn'])
@Check('pest_control_visit_service_check', `"service" IN ('PEST_CONTROL', 'TERMITE_CONTROL')`)
export class PestControlVisitRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') contractorId!: string;
  /** The contractor's kind at the time (ContractorKind PEST_CONTROL or TERMITE_CONTROL). */
  @Column('text') service!: string;
  @Column('date') visitedOn!: string;
  /** 灭鼠毒饵站, 滞留喷洒, 粘蟑板, 白蚁监测桩 …: as the contractor reports it. */
  @Column('text') method!: string;
  @Column('text', { nullable: true }) agent!: string | null;
  /** The areas treated: locations of the campus. */
  @Column('uuid', { array: true }) locationIds!: string[];
  @Column('text', { nullable: true }) note!: string | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('text') createdBy!: string;
}

/** What a visit found in one area: a pest sighted, or measured at a density. */
@Entity({ name: 'pest_finding' })
@Index('pest_finding_visit_idx', ['visitId'])
export class PestFindingRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') visitId!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') locationId!: string;
  @Column('text') pest!: Pest;
  @Column('boolean') sighted!: boolean;
  @Column('double precision', { nullable: true }) density!: number | null;
  @Column('text', { nullable: true }) note!: string | null;
}

/** A follow-up of a finding (整改): the action, the re-check it waits for, the re-checks done. */
@Entity({ name: 'pest_follow_up' })
@Index('pest_follow_up_open_uq', ['findingId'], { unique: true, where: `"status" = 'OPEN'` })
@Index('pest_follow_up_due_idx', ['status', 'dueOn'])
@Check('pest_follow_up_status_check', `"status" IN ('OPEN', 'CLOSED')`)
export class PestFollowUpRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') findingId!: string;
  @Column('uuid') visitId!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') locationId!: string;
  @Column('text') pest!: Pest;
  @Column('text') action!: string;
  @Column('text') status!: PestFollowUpStatus;
  /** The Beijing date the next re-check is due. */
  @Column('date') dueOn!: string;
  @Column('date', { nullable: true }) recheckedOn!: string | null;
  @Column('text', { nullable: true }) recheckNote!: string | null;
  /** The due date the overdue alert was raised for: the job's record, so each due date alerts once. */
  @Column('date', { nullable: true }) overdueAlertedFor!: string | null;
  @Column('timestamptz') openedAt!: Date;
  @Column('text') openedBy!: string;
  @Column('timestamptz', { nullable: true }) closedAt!: Date | null;
}
