import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';
import { WasteCategory, WasteContainerKind } from './waste-category';

@InputType()
export class IssueWasteContainersInput {
  @Field(() => ID) campusId!: string;
  @Field(() => ID, { description: 'The ward (科室) the containers are for; its nurse signs their handover.' }) departmentId!: string;
  @Field(() => WasteCategory) category!: WasteCategory;
  @Field(() => WasteContainerKind) kind!: WasteContainerKind;
  @Field(() => Int, { description: 'How many labels to print, 1–200.' }) count!: number;
}

@ArgsType()
export class WasteContainersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this campus (else every campus the caller may see).' }) campusId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this ward.' }) departmentId?: string | null;
}
