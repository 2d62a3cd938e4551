import { ArgsType, Field, ID } from '@nestjs/graphql';

@ArgsType()
export class WasteStoreLedgerArgs {
  @Field(() => ID) campusId!: string;
  @Field(() => Date, { nullable: true, description: 'The moment to look at (default now).' }) at?: Date | null;
}

@ArgsType()
export class WasteKpiArgs {
  @Field(() => String, { description: 'The Beijing month, YYYY-MM.' }) month!: string;
  @Field(() => ID, { nullable: true, description: 'Only this campus (else every campus the caller may see).' }) campusId?: string | null;
}
