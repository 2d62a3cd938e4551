import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';
import { LinenExchangeStatus } from './linen-exchange-status';
import { LinenKind } from './linen-kind';

@InputType({ description: 'Pieces of one kind of linen.' })
export class LinenCountInput {
  @Field(() => LinenKind) kind!: LinenKind;
  @Field(() => Int) quantity!: number;
}

@InputType()
export class CollectDirtyLinenInput {
  @Field(() => ID) campusId!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => ID, { description: 'The laundry contractor (kind LAUNDRY) of the campus.' }) contractorId!: string;
  @Field(() => String, { description: 'The Beijing date of the collection, YYYY-MM-DD; not in the future.' }) collectedOn!: string;
  @Field(() => [LinenCountInput], { description: 'Dirty pieces counted out, each kind once.' }) lines!: LinenCountInput[];
}

@InputType()
export class ReturnCleanLinenInput {
  @Field(() => ID) linenExchangeId!: string;
  @Field(() => [LinenCountInput], { description: 'Clean pieces brought back, each kind once; at most what is outstanding.' }) lines!: LinenCountInput[];
}

@InputType()
export class SetLinenParLevelInput {
  @Field(() => ID) campusId!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => LinenKind) kind!: LinenKind;
  @Field(() => Int, { description: 'Pieces the department should hold clean and in use; 0 stops the shortfall check.' }) quantity!: number;
}

@ArgsType()
export class LinenExchangesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this campus (else every campus the caller may see).' }) campusId?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => LinenExchangeStatus, { nullable: true }) status?: LinenExchangeStatus | null;
}

@ArgsType()
export class LinenParLevelsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this campus (else every campus the caller may see).' }) campusId?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
}

@ArgsType()
export class LinenLossArgs {
  @Field(() => String, { description: 'The month of the collections, YYYY-MM (Beijing time).' }) month!: string;
  @Field(() => ID, { nullable: true, description: 'Only this campus (else every campus the caller may see).' }) campusId?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
}
