import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';

@InputType()
export class TransferWasteInput {
  @Field(() => ID) campusId!: string;
  @Field(() => String, { description: '转移联单号, as the environmental authority issued it; unique.' }) manifestNo!: string;
  @Field(() => String, { description: 'The licensed disposal company (e.g. 省固废公司).' }) disposalCompany!: string;
  @Field(() => Int, { description: "The company's weighbridge total, in grams." }) companyWeightGrams!: number;
  @Field(() => [ID], { nullable: true, description: 'The loads it takes; null for everything in the store.' }) collectionIds?: string[] | null;
  @Field(() => Date, { nullable: true, description: 'When it left, if entered late from the paper manifest; else now.' }) transferredAt?: Date | null;
}

@ArgsType()
export class WasteTransfersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this campus (else every campus the caller may see).' }) campusId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only flagged (true) or only reconciled (false) transfers.' }) discrepancy?: boolean | null;
}
