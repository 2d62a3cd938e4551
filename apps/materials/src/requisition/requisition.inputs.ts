import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ItemCategory } from '../catalogue/item';
import { ExchangeExemptionReason, OldUnitCondition } from './new-for-old';

@InputType()
export class RequisitionLineInput {
  @Field(() => ID) itemId!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => String, { nullable: true, description: 'What it is for (e.g. 5病区 night shift).' }) note?: string | null;
}

@InputType()
export class SubmitRequisitionInput {
  @Field(() => ID, { description: 'The campus warehouse to draw from.' }) warehouseId!: string;
  @Field(() => ID, { nullable: true, description: 'The department charged; defaults to the requester’s own, and may be no other.' })
  departmentId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Campus and group admins entering a paper requisition (补录): the staff member it is for. Others leave it out and request for themselves.',
  })
  requesterStaffId?: string | null;
  @Field(() => [RequisitionLineInput], { description: 'One line per item.' }) lines!: RequisitionLineInput[];
  @Field(() => String) reason!: string;
}

@InputType()
export class ApprovedLineInput {
  @Field(() => ID) itemId!: string;
  @Field(() => Int, { description: 'At most what is approved so far; 0 strikes the line.' }) quantity!: number;
}

@InputType()
export class ApproveRequisitionInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field(() => [ApprovedLineInput], { nullable: true, description: 'Lines approved for less than asked; lines left out keep their quantity.' })
  lines?: ApprovedLineInput[] | null;
}

@InputType()
export class RequisitionIssueLineInput {
  @Field(() => ID) itemId!: string;
  @Field(() => Int, { description: 'At most what the line still owes (approved − issued).' }) quantity!: number;
}

@InputType({ description: '领新交旧: an old unit handed back (WORN_OUT, BROKEN) or declared lost (LOST, with a note).' })
export class OldUnitInput {
  @Field(() => ID) itemId!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => OldUnitCondition) condition!: OldUnitCondition;
  @Field(() => String, { nullable: true, description: 'Required for LOST.' }) note?: string | null;
}

@InputType()
export class IssueRequisitionInput {
  @Field(() => ID) id!: string;
  @Field(() => [RequisitionIssueLineInput], { description: 'What goes out now; the rest stays on backorder.' }) lines!: RequisitionIssueLineInput[];
  @Field(() => [OldUnitInput], { nullable: true, description: 'Old units of durable items, one for each new unit issued.' })
  returnedOld?: OldUnitInput[] | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class GrantExchangeExemptionInput {
  @Field(() => ID, { description: 'The requisition.' }) id!: string;
  @Field(() => ID, { description: 'A durable item on it.' }) itemId!: string;
  @Field(() => Int, { description: 'Units of the line that may go out without an old one (replaces an earlier grant; never below what was used).' })
  quantity!: number;
  @Field(() => ExchangeExemptionReason) reason!: ExchangeExemptionReason;
  @Field(() => String) note!: string;
}

@InputType()
export class SetRequisitionPolicyInput {
  @Field(() => ID) campusId!: string;
  @Field(() => Int, { description: 'Requisitions worth less than this (fen) may skip the materials office; 0 skips none.' }) autoApproveLimitFen!: number;
  @Field(() => [ItemCategory], { description: 'Categories the skip applies to: every line must be in one of them.' })
  autoApproveCategories!: ItemCategory[];
}
