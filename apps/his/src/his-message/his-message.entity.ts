import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What became of a received message. */
export enum HisMessageOutcome {
  /** Acknowledged AA: an ADT event, applied to its encounter. */
  ACCEPTED = 'ACCEPTED',
  /** Acknowledged AA and not applied: not an event the feed applies (an ORU, an A31, …). */
  IGNORED = 'IGNORED',
  /** Answered AE or AR: kept, with its text, in the review queue. */
  REJECTED = 'REJECTED',
}

/** How a message came: HL7 v2 over MLLP, or a FHIR R4 Encounter over HTTP. */
export enum HisMessageProtocol {
  HL7V2 = 'HL7V2',
  FHIR_R4 = 'FHIR_R4',
}

/**
 * One message the HIS sent, as received: the feed's log, its guard against a control id applied twice, and its review
 * queue. The text is kept only while a message waits for review (it holds the patient's particulars); the public type
 * `HisMessage` never shows it.
 */
@Entity({ name: 'his_message' })
@Index('his_message_sender_control_id_uq', ['sendingApplication', 'sendingFacility', 'controlId'], { unique: true, where: `"control_id" <> ''` })
@Index('his_message_outcome_idx', ['outcome', 'id'])
export class HisMessageRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { default: HisMessageProtocol.HL7V2 }) protocol!: HisMessageProtocol;
  /** MSH-3; for FHIR the caller's subject (the HIS's account at the IdP). */
  @Column('text') sendingApplication!: string;
  @Column('text') sendingFacility!: string;
  /** MSH-10, empty when the header could not be read; for FHIR the digest of the resource as sent (its repeat guard). */
  @Column('text') controlId!: string;
  /** MSH-9 as sent, e.g. ADT^A03^ADT_A03. */
  @Column('text') messageType!: string;
  @Column('timestamptz') receivedAt!: Date;
  @Column('timestamptz', { nullable: true }) occurredAt!: Date | null;
  /** Where an accepted ADT event happened: the campus and the most precise location its PV1-3 codes lead to. */
  @Column('uuid', { nullable: true }) campusId!: string | null;
  @Column('uuid', { nullable: true }) locationId!: string | null;
  /** MSH-18 as sent, empty when absent. */
  @Column('text') charset!: string;
  @Column('text') outcome!: HisMessageOutcome;
  /** MSA-1 (AA, AE, AR); for FHIR the HTTP status answered (200, 201, 400, 422). */
  @Column('text') ackCode!: string;
  /** HL7 table 0357 code (FHIR: its equivalent), the field at fault (FHIR: a FHIRPath) and the text the answer carried. */
  @Column('int', { nullable: true }) errorCode!: number | null;
  @Column('text', { nullable: true }) errorLocation!: string | null;
  @Column('text', { nullable: true }) errorText!: string | null;
  /** The bytes as received, while the message waits for review. */
  @Column('bytea', { nullable: true }) raw!: Buffer | null;
}
