import { Field, ID, InputType } from '@nestjs/graphql';
import { IntakeAnswerInput } from '../work-order/work-order.inputs';

@InputType({ description: "扫码报修: what the reporter says is wrong at the label's place." })
export class SubmitPortalReportInput {
  @Field(() => String, { description: "One of the portal's trades (repairPortal.trades)." }) category!: string;
  @Field(() => String, { description: "What is wrong, in the reporter's words (at most 500 characters)." }) description!: string;
  @Field(() => Boolean, { nullable: true, description: 'Affects patient care or safety: the order opens as HIGH priority.' }) urgent?: boolean;
  @Field(() => [IntakeAnswerInput], { nullable: true }) answers?: IntakeAnswerInput[];
  @Field(() => String, { nullable: true }) contactName?: string;
  @Field(() => String, { nullable: true, description: 'Mobile, landline or internal extension, for the crew to call back.' }) contactPhone?: string;
}

@InputType({ description: 'A label sheet (A4) for a building, or one of its floors.' })
export class PrintRepairLabelSheetInput {
  @Field(() => ID) buildingId!: string;
  @Field(() => ID, { nullable: true }) floorId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Also a label for each asset in service there (default true).' }) includeAssets?: boolean;
}
