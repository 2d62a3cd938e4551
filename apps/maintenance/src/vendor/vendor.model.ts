import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CampusRef } from '@houqin/platform-entity-refs';
import { Connection } from '@houqin/platform-graphql';
import { chinaToday } from '@houqin/platform-calendar';
import { WorkOrderPriority } from '../work-order/sla-policy';
import { WorkOrder } from '../work-order/work-order.model';
import { VENDOR_CALL_STATUS_LABELS_ZH } from './vendor-call-lifecycle';
import { VendorCallStatus } from './vendor-call-status';
import { minutesToArrive, VendorSlaOutcome, vendorSlaOutcome } from './vendor-sla';
import type { VendorSlaFigures } from './vendor-sla-compliance.query';
import { VendorCallRow, VendorContractRow, VendorRow } from './vendor.entity';

registerEnumType(VendorCallStatus, {
  name: 'VendorCallStatus',
  description: '外请状态',
  valuesMap: Object.fromEntries(Object.entries(VENDOR_CALL_STATUS_LABELS_ZH).map(([status, zh]) => [status, { description: zh }])),
});
registerEnumType(VendorSlaOutcome, {
  name: 'VendorSlaOutcome',
  description: 'How a vendor call stands against one target of its contract (on site, finished).',
  valuesMap: {
    ON_TIME: { description: '按时: done by the due time.' },
    LATE: { description: '超时: done after the due time.' },
    OVERDUE: { description: '已超时未完成: past due and not done (still awaited, or cancelled after the due time).' },
    PENDING: { description: '未到期: not done and not yet due.' },
    WITHDRAWN: { description: '已撤回: cancelled before the due time; does not count against the vendor.' },
  },
});

@ObjectType({ description: 'On-site target for orders of one priority.' })
export class VendorOnSiteTarget {
  @Field(() => WorkOrderPriority) priority!: WorkOrderPriority;
  @Field(() => Int) minutes!: number;
}

@ObjectType({ description: '维保合同: what a vendor covers, when, with which SLA and fees (fen, 分).' })
export class VendorContract {
  @Field(() => ID) id!: string;
  @Field(() => ID) vendorId!: string;
  @Field(() => String) contractNo!: string;
  @Field(() => [CampusRef]) campuses!: CampusRef[];
  @Field(() => [String]) categories!: string[];
  @Field(() => String, { description: 'First day covered, YYYY-MM-DD.' }) startsOn!: string;
  @Field(() => String, { description: 'Last day covered, YYYY-MM-DD.' }) endsOn!: string;
  @Field(() => Boolean, { description: 'In force today (China date): vendors are called under it.' }) validToday!: boolean;
  @Field(() => [VendorOnSiteTarget], { description: 'URGENT, HIGH, NORMAL, LOW.' }) onSiteMinutes!: VendorOnSiteTarget[];
  @Field(() => Int, { nullable: true }) resolutionHours!: number | null;
  @Field(() => Int, { nullable: true, description: '年度维保费, fen.' }) annualFeeFen!: number | null;
  @Field(() => Int, { description: '上门费 per call, fen.' }) callOutFeeFen!: number;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: '维保单位: a company the group calls in. Group-wide; its contracts say where it serves.' })
export class Vendor {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: '统一社会信用代码' }) unifiedSocialCreditCode!: string;
  @Field(() => String) contactName!: string;
  @Field(() => String) contactPhone!: string;
  @Field(() => Boolean, { description: 'Inactive vendors cannot be called.' }) active!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  /** Resolved by a field resolver, so lists do not load them unasked. */
  @Field(() => [VendorContract], { description: "Its contracts covering the caller's campuses, latest start first." })
  contracts!: VendorContract[];
}

@ObjectType({ description: '外请记录: a vendor called to a work order, its arrival, work and cost (fen, 分).' })
export class VendorCall {
  @Field(() => ID) id!: string;
  @Field(() => VendorCallStatus) status!: VendorCallStatus;
  @Field(() => CampusRef, { description: "The work order's campus." }) campus!: CampusRef;
  @Field(() => String) reason!: string;
  @Field(() => Date) calledAt!: Date;
  @Field(() => String, { description: 'Who called the vendor.' }) calledBy!: string;
  @Field(() => Date, { description: "From the contract's on-site target for the order's priority." }) onSiteDueAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Null when the contract promises no resolution time.' }) resolutionDueAt!: Date | null;
  @Field(() => Date, { nullable: true }) arrivedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Whole minutes from the call to the arrival.' }) minutesToArrive!: number | null;
  @Field(() => VendorSlaOutcome) onSite!: VendorSlaOutcome;
  @Field(() => VendorSlaOutcome, { nullable: true, description: 'Null when the contract promises no resolution time.' }) resolution!: VendorSlaOutcome | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => String, { nullable: true }) workDescription!: string | null;
  @Field(() => Int, { nullable: true }) labourFen!: number | null;
  @Field(() => Int, { nullable: true }) materialsFen!: number | null;
  @Field(() => Int, { nullable: true, description: 'labourFen + materialsFen, once finished.' }) costFen!: number | null;
  @Field(() => Int, { description: "The contract's call-out fee (上门费) at the time of the call; not in costFen." }) callOutFeeFen!: number;
  @Field(() => String, { nullable: true, description: '发票号' }) invoiceNo!: string | null;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  /** Resolved by field resolvers, so lists load them in one query per page. */
  @Field(() => WorkOrder) workOrder!: WorkOrder;
  @Field(() => Vendor) vendor!: Vendor;
  @Field(() => VendorContract, { description: 'The contract it was called under.' }) contract!: VendorContract;
  /** Not in the schema: what those field resolvers load. */
  vendorId!: string;
  contractId!: string;
  workOrderId!: string;
}

@ObjectType({ description: "One vendor's on-site SLA compliance over the calls made in a period." })
export class VendorSlaComplianceRow {
  @Field(() => Vendor) vendor!: Vendor;
  @Field(() => Int, { description: 'Calls made in the period, cancelled ones included.' }) calls!: number;
  @Field(() => Int, { description: 'On site by the due time.' }) onSiteOnTime!: number;
  @Field(() => Int, { description: 'On site after the due time.' }) onSiteLate!: number;
  @Field(() => Int, { description: 'Not on site and past due: still awaited, or cancelled after the due time.' }) notOnSitePastDue!: number;
  @Field(() => Float, { nullable: true, description: 'onSiteOnTime / (onSiteOnTime + onSiteLate + notOnSitePastDue); null when none is decided.' })
  onSiteCompliance!: number | null;
  @Field(() => Float, { nullable: true, description: 'Average minutes from call to arrival, one decimal; null when nobody arrived.' })
  averageMinutesToArrive!: number | null;
  @Field(() => Int, { description: 'Sum of costFen of the finished calls, fen (分).' }) totalCostFen!: number;
}

export const VendorConnection = Connection(Vendor, 'Vendor');
export const VendorCallConnection = Connection(VendorCall, 'VendorCall');

export function toVendor(row: VendorRow): Vendor {
  const model = new Vendor();
  Object.assign(model, {
    id: row.id,
    name: row.name,
    unifiedSocialCreditCode: row.unifiedSocialCreditCode,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
  return model;
}

const PRIORITIES = Object.values(WorkOrderPriority);

export const toVendorContract = (row: VendorContractRow, now: Date = new Date()): VendorContract => {
  const today = chinaToday(now);
  return {
    id: row.id,
    vendorId: row.vendorId,
    contractNo: row.contractNo,
    campuses: row.campusIds.map((id) => ({ id })),
    categories: row.categories,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    validToday: row.startsOn <= today && today <= row.endsOn,
    onSiteMinutes: PRIORITIES.map((priority) => ({ priority, minutes: row.onSiteMinutes[priority] })),
    resolutionHours: row.resolutionHours,
    annualFeeFen: row.annualFeeFen,
    callOutFeeFen: row.callOutFeeFen,
    createdAt: row.createdAt,
  };
};

export function toVendorCall(row: VendorCallRow, now: Date = new Date()): VendorCall {
  const model = new VendorCall();
  Object.assign(model, {
    id: row.id,
    status: row.status,
    campus: { id: row.campusId },
    reason: row.reason,
    calledAt: row.calledAt,
    calledBy: row.calledBy,
    onSiteDueAt: row.onSiteDueAt,
    resolutionDueAt: row.resolutionDueAt,
    arrivedAt: row.arrivedAt,
    minutesToArrive: row.arrivedAt ? minutesToArrive(row.calledAt, row.arrivedAt) : null,
    onSite: vendorSlaOutcome(row.onSiteDueAt, row.arrivedAt, row.cancelledAt, now),
    resolution: row.resolutionDueAt ? vendorSlaOutcome(row.resolutionDueAt, row.finishedAt, row.cancelledAt, now) : null,
    finishedAt: row.finishedAt,
    workDescription: row.workDescription,
    labourFen: row.labourFen,
    materialsFen: row.materialsFen,
    costFen: row.costFen,
    callOutFeeFen: row.callOutFeeFen,
    invoiceNo: row.invoiceNo,
    cancelledAt: row.cancelledAt,
    cancelReason: row.cancelReason,
    vendorId: row.vendorId,
    contractId: row.contractId,
    workOrderId: row.workOrderId,
  });
  return model;
}

export function toVendorSlaComplianceRow(figures: VendorSlaFigures): VendorSlaComplianceRow {
  const decided = figures.onSiteOnTime + figures.onSiteLate + figures.notOnSitePastDue;
  return { ...figures, vendor: toVendor(figures.vendor), onSiteCompliance: decided ? figures.onSiteOnTime / decided : null };
}
