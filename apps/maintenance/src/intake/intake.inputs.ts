import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IntakeAnswerType } from './intake.entity';

@InputType()
export class IntakeQuestionInput {
  @Field(() => String, { description: 'Upper case, e.g. WATER_NEAR_ELECTRICAL; unique in the set.' }) key!: string;
  @Field(() => String) questionZh!: string;
  @Field(() => String) questionEn!: string;
  @Field(() => IntakeAnswerType) answerType!: IntakeAnswerType;
  @Field(() => [String], { nullable: true, description: 'CHOICE only: 2 to 20 choices.' }) choices?: string[];
  @Field(() => Boolean, { description: 'Left unanswered, the order is still opened but counts as incomplete.' }) required!: boolean;
}

@InputType({ description: "A category's intake questionnaire (报修问卷), in display order; it replaces the previous set." })
export class SetIntakeQuestionsInput {
  @Field(() => String) category!: string;
  @Field(() => ID, { nullable: true, description: 'A campus of its own set; absent = the group-wide default (group admins only).' }) campusId?: string;
  @Field(() => [IntakeQuestionInput], { description: 'Empty removes the set (a campus then falls back to the group-wide one).' })
  questions!: IntakeQuestionInput[];
}

@InputType({ description: 'A photo of the fault, base64-encoded: JPEG, PNG or HEIC, at most 5 MB, at most 6 per order.' })
export class AttachPhotoInput {
  @Field(() => ID) workOrderId!: string;
  @Field(() => String, { description: 'image/jpeg, image/png or image/heic; must match the bytes.' }) contentType!: string;
  @Field(() => String) base64!: string;
}

export enum IntakeQualityGrouping {
  MONTH = 'MONTH',
  CATEGORY = 'CATEGORY',
}

@ArgsType()
export class IntakeQualityArgs {
  @Field(() => ID, { nullable: true }) campusId?: string;
  @Field(() => Date, { description: 'Orders submitted from (inclusive).' }) from!: Date;
  @Field(() => Date, { description: 'Orders submitted before (exclusive).' }) to!: Date;
  @Field(() => IntakeQualityGrouping) groupBy!: IntakeQualityGrouping;
}
