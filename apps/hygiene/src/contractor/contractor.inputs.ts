import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';
import { ComplaintStatus } from './complaint-status';
import { ContractorKind } from './contractor-kind';

@InputType()
export class CreateContractorInput {
  @Field(() => ID) campusId!: string;
  @Field(() => String, { description: 'Unique on the campus.' }) name!: string;
  @Field(() => ContractorKind) kind!: ContractorKind;
  @Field(() => String, { nullable: true }) licenceNo?: string | null;
  @Field(() => String, { nullable: true }) contactName?: string | null;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) contractStart?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) contractEnd?: string | null;
  @Field(() => [ID], { nullable: true, description: 'CLEANING only: the zones they clean (a zone has one cleaning contractor).' }) zoneIds?: string[] | null;
}

@ArgsType()
export class ContractorsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this campus (else every campus the caller may see).' }) campusId?: string | null;
  @Field(() => ContractorKind, { nullable: true }) kind?: ContractorKind | null;
}

@InputType()
export class CheckItemInput {
  @Field(() => String) criterion!: string;
  @Field(() => Int, { description: '0–10' }) points!: number;
}

@InputType()
export class RecordContractorMonthlyCheckInput {
  @Field(() => ID) contractorId!: string;
  @Field(() => ID, { description: 'The clinical department checking; a department head checks for their own.' }) departmentId!: string;
  @Field(() => String, { description: 'YYYY-MM (Beijing calendar), this month or an earlier one.' }) month!: string;
  @Field(() => [CheckItemInput]) items!: CheckItemInput[];
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@ArgsType()
export class ContractorMonthlyChecksArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) contractorId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM' }) month?: string | null;
}

@ArgsType()
export class ContractorRatingsArgs {
  @Field(() => String, { description: 'YYYY-Qn, e.g. 2026-Q4 (Beijing calendar).' }) quarter!: string;
  @Field(() => ID, { nullable: true }) campusId?: string | null;
}

@InputType()
export class RaiseContractorComplaintInput {
  @Field(() => ID) contractorId!: string;
  @Field(() => ID, { nullable: true, description: 'The department complaining, if any.' }) departmentId?: string | null;
  @Field(() => String) description!: string;
}

@InputType()
export class ResolveContractorComplaintInput {
  @Field(() => ID) complaintId!: string;
  @Field(() => String, { description: 'What was done.' }) resolution!: string;
}

@ArgsType()
export class ContractorComplaintsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) campusId?: string | null;
  @Field(() => ID, { nullable: true }) contractorId?: string | null;
  @Field(() => ComplaintStatus, { nullable: true }) status?: ComplaintStatus | null;
}
