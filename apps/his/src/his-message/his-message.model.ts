import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CampusRef, LocationRef, ref } from '@houqin/platform-entity-refs';
import { Connection } from '@houqin/platform-graphql';
import { HisMessageOutcome, HisMessageRow } from './his-message.entity';

registerEnumType(HisMessageOutcome, {
  name: 'HisMessageOutcome',
  description: 'What became of a message the HIS sent.',
  valuesMap: {
    ACCEPTED: { description: 'Acknowledged (AA): an ADT event, applied to its encounter.' },
    IGNORED: { description: 'Acknowledged (AA); not an event the feed applies.' },
    REJECTED: { description: 'Answered AE or AR; waiting in the review queue.' },
  },
});

@ObjectType({ description: 'Why a message was not applied: what its acknowledgement said.' })
export class HisMessageError {
  @Field(() => Int, { description: 'HL7 table 0357: 100 segment sequence, 101 required field missing, 102 data type, 103 table value not found, 200/201 unsupported message/event, 207 internal.' })
  hl7Code!: number;
  @Field(() => String, { nullable: true, description: 'The field at fault, as an HL7 path (PV1-3).' }) location!: string | null;
  @Field(() => String) text!: string;
}

/** The contract with hospital IT: the message's envelope and fate, never its patient particulars. */
@ObjectType({ description: 'A message the HIS sent: its envelope, acknowledgement and outcome (no patient particulars).' })
export class HisMessage {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'MSH-9, e.g. ADT^A03^ADT_A03.' }) messageType!: string;
  @Field(() => String, { description: 'MSH-10.' }) controlId!: string;
  @Field(() => String, { description: 'MSH-3.' }) sendingApplication!: string;
  @Field(() => String, { description: 'MSH-4.' }) sendingFacility!: string;
  @Field(() => GraphQLISODateTime) receivedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the event happened (EVN-6, EVN-2 or MSH-7).' }) occurredAt!: Date | null;
  @Field(() => String, { description: 'MSH-18 as sent; empty when the message did not say.' }) charset!: string;
  @Field(() => CampusRef, { nullable: true, description: 'The campus of an accepted ADT event.' }) campus!: CampusRef | null;
  @Field(() => LocationRef, { nullable: true, description: 'Where an accepted ADT event happened: the bed, room or ward PV1-3 leads to.' })
  location!: LocationRef | null;
  @Field(() => HisMessageOutcome) outcome!: HisMessageOutcome;
  @Field(() => String, { description: 'MSA-1 of the acknowledgement: AA, AE or AR.' }) ackCode!: string;
  @Field(() => HisMessageError, { nullable: true }) error!: HisMessageError | null;
}

export const HisMessageConnection = Connection(HisMessage, 'HisMessage');

export function toHisMessage(row: HisMessageRow): HisMessage {
  return Object.assign(new HisMessage(), {
    id: row.id,
    messageType: row.messageType,
    controlId: row.controlId,
    sendingApplication: row.sendingApplication,
    sendingFacility: row.sendingFacility,
    receivedAt: row.receivedAt,
    occurredAt: row.occurredAt,
    charset: row.charset,
    campus: ref(row.campusId),
    location: ref(row.locationId),
    outcome: row.outcome,
    ackCode: row.ackCode,
    error: row.errorCode === null ? null : Object.assign(new HisMessageError(), { hl7Code: row.errorCode, location: row.errorLocation, text: row.errorText ?? '' }),
  });
}
