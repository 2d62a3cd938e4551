import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The columns an encounter and each of its events share: where, since when, and what the stay asks of logistics. */
abstract class EncounterDetailColumns {
  @Column('uuid', { nullable: true }) campusId!: string | null;
  @Column('uuid', { nullable: true }) locationId!: string | null;
  @Column('uuid', { nullable: true }) wardId!: string | null;
  @Column('uuid', { nullable: true }) departmentId!: string | null;
  @Column('timestamptz', { nullable: true }) admittedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) dischargedAt!: Date | null;
  @Column('text', { array: true }) precautions!: string[];
  @Column('text') dietCode!: string;
}

/**
 * An encounter (a visit) as the feed keeps it: the HIS's visit number, which never leaves this service, and the state
 * its events replay to. `status` null: nothing uncancelled opens it (an admission and its cancel).
 */
@Entity({ name: 'encounter' })
@Index('encounter_visit_number_uq', ['visitNumber'], { unique: true })
export class EncounterRow extends EncounterDetailColumns {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') visitNumber!: string;
  @Column('text', { nullable: true }) status!: string | null;
  /** Cancels (A11, A12, A13) whose event has not arrived yet. */
  @Column('int') heldCancels!: number;
  @Column('timestamptz') updatedAt!: Date;
}

/** One accepted ADT event of an encounter (its id is the his_message's), places mapped: what a replay reads. */
@Entity({ name: 'adt_event' })
@Index('adt_event_encounter_idx', ['encounterId', 'occurredAt'])
export class AdtEventRow extends EncounterDetailColumns {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') encounterId!: string;
  @Column('text') trigger!: string;
  @Column('timestamptz') occurredAt!: Date;
  @Column('text') patientClass!: string;
}
