import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { DutyKind } from './duty-roster';
import { LicenceKind } from './licence-requirements';

@InputType({ description: "录入操作证 of a technician. The campus is the staff member's." })
export class RecordTechnicianCertificateInput {
  @Field(() => ID) staffId!: string;
  @Field(() => LicenceKind) kind!: LicenceKind;
  @Field(() => String) certificateNo!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, not in the future.' }) issuedOn!: string;
  @Field(() => String, { description: 'Last valid day, YYYY-MM-DD: after the issue date and not in the past.' }) validUntil!: string;
  @Field(() => String, { description: '发证机关, e.g. the city emergency management bureau.' }) issuingAuthority!: string;
}

@InputType({ description: 'One shift: at most 24 hours; `endsAt` is exclusive, so back-to-back shifts do not overlap.' })
export class DutyShiftInput {
  @Field(() => ID, { description: "A staff member of the roster's campus." }) staffId!: string;
  @Field(() => DutyKind) kind!: DutyKind;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
}

@InputType({ description: "排班: shifts added to a campus's duty roster, all or none." })
export class ScheduleDutyShiftsInput {
  @Field(() => ID) campusId!: string;
  @Field(() => [DutyShiftInput], { description: '1 to 500 shifts.' }) shifts!: DutyShiftInput[];
}

@ArgsType()
export class DutyRosterArgs {
  @Field(() => ID) campusId!: string;
  @Field(() => Date, { description: 'Shifts still running at or after this moment…' }) from!: Date;
  @Field(() => Date, { description: '…and starting before this one; at most 31 days after `from`.' }) to!: Date;
  @Field(() => ID, { nullable: true, description: 'Only the shifts of this team.' }) teamId?: string;
}
