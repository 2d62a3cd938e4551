import { ArgsType, Field, ID, registerEnumType } from '@nestjs/graphql';

export enum MaintenanceGrouping {
  CAMPUS = 'CAMPUS',
  TEAM = 'TEAM',
  CATEGORY = 'CATEGORY',
  MONTH = 'MONTH',
}

registerEnumType(MaintenanceGrouping, { name: 'MaintenanceGrouping', description: 'Rows per campus, team, category or month (Asia/Shanghai).' });

@ArgsType()
export class MaintenanceReportArgs {
  @Field(() => ID, { nullable: true, description: 'One campus; every campus the caller sees when absent.' }) campusId?: string;
  @Field(() => Date, { description: 'Orders submitted from (inclusive).' }) from!: Date;
  @Field(() => Date, { description: 'Orders submitted before (exclusive); at most three years after `from`.' }) to!: Date;
  @Field(() => MaintenanceGrouping) groupBy!: MaintenanceGrouping;
}

@ArgsType()
export class MaintenanceBacklogArgs {
  @Field(() => ID, { nullable: true }) campusId?: string;
  @Field(() => MaintenanceGrouping, { description: 'MONTH groups by the month the order was submitted.' }) groupBy!: MaintenanceGrouping;
}
