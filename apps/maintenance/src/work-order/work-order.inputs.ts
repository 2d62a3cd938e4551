import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';
import { ClockPauseReason, WorkOrderPriority } from './sla-policy';
import { WorkOrderStatus } from './work-order-status';

/** Part of a repair request: the intake folder checks and keeps the answers (RepairIntake). */
@InputType({ description: "An answer to one of the category's intake questions, e.g. { key: WATER_NEAR_ELECTRICAL, value: YES }." })
export class IntakeAnswerInput {
  @Field(() => String) key!: string;
  @Field(() => String, { description: 'YES or NO, a number, one of the choices, or text; blank = not answered.' }) value!: string;
}

@InputType({ description: '报修: what is wrong and where.' })
export class SubmitRepairRequestInput {
  @Field(() => ID, { nullable: true, description: "Optional: taken from the location; if given it must be the location's campus." })
  campusId?: string;
  @Field(() => ID, { nullable: true, description: "Ward, room, bed or area (org directory); defaults to the asset's location." })
  locationId?: string;
  @Field(() => ID, { nullable: true, description: 'The asset at fault (扫码报修 on an asset); the request then goes into its work history.' })
  assetId?: string;
  @Field(() => ID, { nullable: true, description: "Department charged for the work; defaults to the location's (a bed's ward's) department." })
  departmentId?: string;
  @Field(() => String, { description: 'Trade, e.g. PLUMBING, ELECTRICAL, HVAC, ELEVATOR.' }) category!: string;
  @Field(() => WorkOrderPriority) priority!: WorkOrderPriority;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => [IntakeAnswerInput], {
    nullable: true,
    description: "Answers to the category's intake questions (intakeQuestions); required ones left out mark the order incomplete.",
  })
  answers?: IntakeAnswerInput[];
}

@InputType({ description: '派工, or 改派 (reassignment, with a reason) of an order already dispatched.' })
export class DispatchWorkOrderInput {
  @Field(() => ID) workOrderId!: string;
  @Field(() => ID, { nullable: true, description: "Defaults to the team the campus's routing table chose." }) teamId?: string;
  @Field(() => ID, { nullable: true }) technicianId?: string;
  @Field(() => String, { nullable: true, description: 'Required when reassigning an order already dispatched.' }) reason?: string;
}

@InputType()
export class PartUsedInput {
  @Field(() => ID) itemId!: string;
  @Field(() => Int) quantity!: number;
}

@InputType()
export class CompleteWorkOrderInput {
  @Field(() => ID) workOrderId!: string;
  @Field(() => Int) labourMinutes!: number;
  @Field(() => [PartUsedInput], { defaultValue: [] }) parts!: PartUsedInput[];
  @Field(() => String, { nullable: true }) note?: string;
}

@InputType()
export class SignOffWorkOrderInput {
  @Field(() => ID) workOrderId!: string;
  @Field(() => Int, { nullable: true, description: '1-5' }) rating?: number;
  @Field(() => String, { nullable: true }) comment?: string;
}

@InputType({ description: 'A transition that needs a reason (cancel, reopen).' })
export class WorkOrderReasonInput {
  @Field(() => ID) workOrderId!: string;
  @Field(() => String) reason!: string;
}

@ArgsType()
export class WorkOrdersArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) campusId?: string;
  @Field(() => WorkOrderStatus, { nullable: true }) status?: WorkOrderStatus;
  @Field(() => WorkOrderPriority, { nullable: true }) priority?: WorkOrderPriority;
  @Field(() => Boolean, { nullable: true, description: 'Only orders past a response or resolution due time.' }) overdue?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Only orders still to be done (submitted, dispatched, accepted, in progress): the dispatch board.' })
  open?: boolean;
  @Field(() => ID, { nullable: true, description: "Only this technician's orders (我的工单)." }) technicianId?: string;
  @Field(() => ID, { nullable: true, description: 'Only the orders charged to this department (本科室报修).' }) departmentId?: string;
}

@InputType({ description: '挂起: stop the resolution clock while waiting.' })
export class PauseWorkOrderClockInput {
  @Field(() => ID) workOrderId!: string;
  @Field(() => ClockPauseReason) reason!: ClockPauseReason;
  @Field(() => String, { nullable: true, description: 'e.g. the part or vendor awaited.' }) note?: string;
}

@InputType()
export class SlaTargetInput {
  @Field(() => WorkOrderPriority) priority!: WorkOrderPriority;
  @Field(() => Int, { description: 'Minutes from submission (or reopening) to acceptance.' }) responseMinutes!: number;
  @Field(() => Int, { description: 'Minutes from submission to completion, not counting paused time.' }) resolutionMinutes!: number;
}

@InputType({ description: "A campus's SLA targets; priorities left out keep the platform defaults." })
export class SetSlaTargetsInput {
  @Field(() => ID) campusId!: string;
  @Field(() => [SlaTargetInput]) targets!: SlaTargetInput[];
}

@InputType({ description: 'One line of a routing table: a category, anywhere on the campus or in one building or location, goes to a team.' })
export class RoutingRuleInput {
  @Field(() => String) category!: string;
  @Field(() => ID, { nullable: true }) buildingId?: string;
  @Field(() => ID, { nullable: true }) locationId?: string;
  @Field(() => ID) teamId!: string;
}

@InputType({ description: "A campus's whole routing table (派工规则); it replaces the previous one." })
export class SetRoutingRulesInput {
  @Field(() => ID) campusId!: string;
  @Field(() => [RoutingRuleInput]) rules!: RoutingRuleInput[];
}
