import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Location } from '../location/location.model';
import { BedStatus, BedStatusSource, HL7_BED_STATUS, NEVER } from './bed-status';
import { BedStatusRow } from './bed-status.entity';

registerEnumType(BedStatus, {
  name: 'BedStatus',
  description: '床位状态 (HL7 table 0116): 占用 OCCUPIED, 待终末消毒 HOUSEKEEPING, 空床 UNOCCUPIED, 隔离 ISOLATED, 污染 CONTAMINATED, 停用 CLOSED',
});
registerEnumType(BedStatusSource, { name: 'BedStatusSource', description: 'Who moved the bed last: the HIS feed, cleaning or staff.' });

/** A bed on a ward's board. No patient data: the HIS feed keeps that, org knows only that somebody is there. */
@ObjectType({ description: "A bed and its status, as a ward's bed board shows it." })
export class BedState {
  @Field(() => Location) bed!: Location;
  @Field(() => BedStatus) status!: BedStatus;
  @Field(() => String, { description: 'The HL7 table 0116 code (O, H, U, I, K, C).' }) hl7Code!: string;
  @Field(() => Date, { nullable: true, description: 'When the status took effect (the event time of the HIS message or of the clean); null before any report.' })
  since!: Date | null;
  @Field(() => [String], { description: 'Isolation precautions of the patient in it, or of the last one until it is cleaned.' }) precautions!: string[];
  @Field(() => BedStatusSource) source!: BedStatusSource;
}

export function toBedState(bed: Location, row: Pick<BedStatusRow, 'status' | 'since' | 'precautions' | 'source'>): BedState {
  const status = row.status as BedStatus;
  return Object.assign(new BedState(), { bed, status, hl7Code: HL7_BED_STATUS[status], since: row.since.getTime() === NEVER.getTime() ? null : row.since, precautions: row.precautions, source: row.source });
}
