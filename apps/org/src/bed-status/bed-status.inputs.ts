import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { BedStatus } from './bed-status';

/** The statuses staff set by hand (occupancy comes only from the HIS). */
export enum StaffBedStatusInput {
  CLOSED = BedStatus.CLOSED,
  UNOCCUPIED = BedStatus.UNOCCUPIED,
  CONTAMINATED = BedStatus.CONTAMINATED,
}
registerEnumType(StaffBedStatusInput, { name: 'StaffBedStatus', description: '停用 CLOSED, 可用 UNOCCUPIED (reopen or ready), 污染 CONTAMINATED' });

@InputType()
export class SetBedStatusInput {
  @Field(() => ID) bedId!: string;
  @Field(() => StaffBedStatusInput) status!: StaffBedStatusInput;
  @Field(() => String, { description: 'Why (停用原因), kept in the audit trail.' }) reason!: string;
}
