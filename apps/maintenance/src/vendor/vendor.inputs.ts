import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';
import { WorkOrderPriority } from '../work-order/sla-policy';
import { VendorCallStatus } from './vendor-call-status';

@InputType({ description: '登记维保单位: a company the group calls in for repairs.' })
export class RegisterVendorInput {
  @Field(() => String, { description: 'Company name, unique, e.g. 通力电梯有限公司华东分公司.' }) name!: string;
  @Field(() => String, { description: '统一社会信用代码, 18 characters; the check character is verified.' }) unifiedSocialCreditCode!: string;
  @Field(() => String) contactName!: string;
  @Field(() => String, { description: 'Mobile or landline, e.g. 13800138000 or 021-12345678.' }) contactPhone!: string;
}

@InputType({ description: "Corrects a vendor's details, or (de)activates it. Absent fields stay as they are." })
export class UpdateVendorInput {
  @Field(() => ID) vendorId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) unifiedSocialCreditCode?: string | null;
  @Field(() => String, { nullable: true }) contactName?: string | null;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'false: no new calls to it; open calls go on.' }) active?: boolean | null;
}

@InputType({ description: 'The on-site target for orders of one priority.' })
export class VendorOnSiteTargetInput {
  @Field(() => WorkOrderPriority) priority!: WorkOrderPriority;
  @Field(() => Int, { description: 'Minutes from the call until the vendor is on site, e.g. 120 (2 h) for URGENT.' }) minutes!: number;
}

@InputType({ description: '录入维保合同: the campuses and categories a vendor serves, its period, SLA and fees.' })
export class CreateVendorContractInput {
  @Field(() => ID) vendorId!: string;
  @Field(() => String, { description: 'Contract number, unique per vendor.' }) contractNo!: string;
  @Field(() => [ID], { description: 'Campuses covered; a campus admin may only cover their own.' }) campusIds!: string[];
  @Field(() => [String], { description: 'Work-order categories covered, e.g. ELEVATOR, BOILER, HVAC.' }) categories!: string[];
  @Field(() => String, { description: 'First day covered, YYYY-MM-DD.' }) startsOn!: string;
  @Field(() => String, { description: 'Last day covered, YYYY-MM-DD: after the first, and not already past.' }) endsOn!: string;
  @Field(() => [VendorOnSiteTargetInput], { description: 'One target per priority (URGENT, HIGH, NORMAL, LOW); never slower for a more urgent one.' })
  onSiteMinutes!: VendorOnSiteTargetInput[];
  @Field(() => Int, { nullable: true, description: 'Hours from the call until the work is finished, if the contract promises it.' })
  resolutionHours?: number | null;
  @Field(() => Int, { nullable: true, description: '年度维保费, fen (分).' }) annualFeeFen?: number | null;
  @Field(() => Int, { description: '上门费 per call, fen (分); 0 when calls are covered by the annual fee.' }) callOutFeeFen!: number;
}

@InputType({ description: '外请: call a vendor to a work order.' })
export class CallVendorInput {
  @Field(() => ID) workOrderId!: string;
  @Field(() => ID) vendorId!: string;
  @Field(() => String, { description: 'Why the crew cannot do it, e.g. 曳引机异响，需厂家检修.' }) reason!: string;
}

@InputType({ description: '外请完工: what the vendor did and what it cost.' })
export class FinishVendorCallInput {
  @Field(() => ID) callId!: string;
  @Field(() => String) workDescription!: string;
  @Field(() => Int, { description: 'Labour, fen (分).' }) labourFen!: number;
  @Field(() => Int, { description: 'Materials and parts the vendor supplied, fen (分).' }) materialsFen!: number;
  @Field(() => String, { nullable: true, description: '发票号' }) invoiceNo?: string | null;
}

@ArgsType()
export class VendorsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or credit code.' }) search?: string;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@ArgsType()
export class VendorCallsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) campusId?: string;
  @Field(() => ID, { nullable: true }) vendorId?: string;
  @Field(() => VendorCallStatus, { nullable: true }) status?: VendorCallStatus;
  @Field(() => Date, { nullable: true, description: 'Calls made from (inclusive).' }) from?: Date;
  @Field(() => Date, { nullable: true, description: 'Calls made before (exclusive).' }) to?: Date;
}

@ArgsType()
export class VendorSlaComplianceArgs {
  @Field(() => Date, { description: 'Calls made from (inclusive).' }) from!: Date;
  @Field(() => Date, { description: 'Calls made before (exclusive); at most three years after `from`.' }) to!: Date;
  @Field(() => ID, { nullable: true }) campusId?: string;
  @Field(() => ID, { nullable: true }) vendorId?: string;
}
