import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: '工时单价: from a day on, for a campus or one of its teams.' })
export class SetLabourRateInput {
  @Field(() => ID) campusId!: string;
  @Field(() => ID, { nullable: true, description: "A team's own rate; the campus's rate when absent." }) teamId?: string;
  @Field(() => Int, { description: 'Fen per hour (¥120.00/h = 12000).' }) fenPerHour!: number;
  @Field(() => String, { description: 'YYYY-MM-DD; rates already used for logged time are not rewritten.' }) effectiveFrom!: string;
}

@InputType({ description: '工时: time worked on an order by one technician.' })
export class LogWorkTimeInput {
  @Field(() => ID) workOrderId!: string;
  @Field(() => ID, { nullable: true, description: "The technician; the caller when absent. Only supervisors log others' time." }) staffId?: string;
  @Field(() => Int, { description: '1 to 1440 minutes.' }) minutes!: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today (Beijing time) when absent; not in the future.' }) workedOn?: string;
  @Field(() => String, { nullable: true }) note?: string;
}

@ArgsType()
export class DepartmentCostsArgs {
  @Field(() => String, { description: 'YYYY-MM (Asia/Shanghai).' }) month!: string;
  @Field(() => ID, { nullable: true }) campusId?: string;
}
