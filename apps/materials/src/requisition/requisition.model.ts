import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DepartmentRef, StaffRef } from '@houqin/platform-entity-refs';
import { Connection, describedValues } from '@houqin/platform-graphql';
import { ItemCategory } from '../catalogue/item';
import { Item } from '../catalogue/item.model';
import { ExchangeExemptionReason, OldUnitCondition } from './new-for-old';
import { RequisitionAction, RequisitionStatus } from './requisition-lifecycle';
import { ApprovalRoute, ApprovalRouteReason } from './requisition-policy';

registerEnumType(RequisitionStatus, {
  name: 'RequisitionStatus',
  description: '申领单状态',
  valuesMap: describedValues({
    SUBMITTED: '待科室审批: waits for the head of the department',
    DEPT_APPROVED: '待物资科审批: waits for the materials office',
    APPROVED: '已批准: approved, nothing issued yet',
    PARTIALLY_ISSUED: '部分发放: partly issued, the rest on backorder',
    ISSUED: '已发放: every approved unit issued',
    CLOSED: '已结案: the backorder was closed',
    REJECTED: '已驳回',
    CANCELLED: '已取消',
  }),
});
registerEnumType(RequisitionAction, { name: 'RequisitionAction', description: 'A step on a requisition’s history.' });
registerEnumType(ApprovalRoute, {
  name: 'RequisitionApprovalRoute',
  valuesMap: describedValues({
    DEPARTMENT_ONLY: 'The campus policy let the department head approve alone',
    DEPARTMENT_AND_MATERIALS_OFFICE: 'The materials office approves after the department',
  }),
});
registerEnumType(ApprovalRouteReason, {
  name: 'RequisitionApprovalRouteReason',
  valuesMap: describedValues({
    WITHIN_POLICY: 'Under the campus limit, every line in an auto-approvable category',
    NO_POLICY: 'The campus has no approval policy',
    UNPRICED: 'An item has no cost yet, so the value is unknown',
    CATEGORY_NOT_AUTO_APPROVED: 'A line is in a category the campus does not auto-approve',
    OVER_LIMIT: 'The value is at or above the campus limit',
  }),
});
registerEnumType(OldUnitCondition, {
  name: 'OldUnitCondition',
  description: '领新交旧: the old unit',
  valuesMap: describedValues({ WORN_OUT: '磨损 (handed back)', BROKEN: '损坏 (handed back)', LOST: '遗失 (not handed back; needs an exemption)' }),
});
registerEnumType(ExchangeExemptionReason, {
  name: 'ExchangeExemptionReason',
  valuesMap: describedValues({ LOST: '旧品遗失: the old unit is lost', NEW_POSITION: '新增岗位: first unit for a new post, bed or room' }),
});

@ObjectType('RequisitionLine')
export class RequisitionLine {
  @Field(() => Int) lineNo!: number;
  @Field(() => Item) item!: Item;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int) requested!: number;
  @Field(() => Int, { description: 'What the approvers allow: the request until one lowers it; final once APPROVED.' }) approved!: number;
  @Field(() => Int) issued!: number;
  @Field(() => Int, { description: 'Approved and not yet issued (欠发) while the requisition awaits issue; 0 before approval and once it is over.' })
  outstanding!: number;
  @Field(() => Int, { description: '领新交旧 exemption: units that may go out without an old one.' }) exchangeExemptQuantity!: number;
  @Field(() => Int) exchangeExemptUsed!: number;
  @Field(() => ExchangeExemptionReason, { nullable: true }) exchangeExemptionReason!: ExchangeExemptionReason | null;
  @Field(() => String, { nullable: true }) exchangeExemptionNote!: string | null;
}

@ObjectType('RequisitionHistoryEntry', { description: 'One step: who, when, from which status to which, with their comment.' })
export class RequisitionHistoryEntry {
  @Field(() => RequisitionAction) action!: RequisitionAction;
  @Field(() => RequisitionStatus, { nullable: true }) fromStatus!: RequisitionStatus | null;
  @Field(() => RequisitionStatus) toStatus!: RequisitionStatus;
  @Field(() => String) actorName!: string;
  @Field(() => ID, { nullable: true }) actorStaffId!: string | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => Date) occurredAt!: Date;
}

@ObjectType('RequisitionOldUnit', { description: '领新交旧: an old unit taken back (or declared lost). Not stock: it goes to disposal.' })
export class RequisitionOldUnit {
  @Field(() => Item) item!: Item;
  @Field(() => Int) quantity!: number;
  @Field(() => OldUnitCondition) condition!: OldUnitCondition;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('RequisitionIssueLine')
export class RequisitionIssueLine {
  @Field(() => Item) item!: Item;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { description: 'Charged to the department, in fen (分), FIFO by lot.' }) costFen!: number;
}

@ObjectType('RequisitionIssue', { description: 'An 出库单 issued against the requisition, with the old units taken back at it.' })
export class RequisitionIssue {
  @Field(() => ID) stockIssueId!: string;
  @Field(() => Date) issuedAt!: Date;
  @Field(() => String) issuedByName!: string;
  @Field(() => Int, { description: 'What the department is charged, in fen (分).' }) totalCostFen!: number;
  @Field(() => [RequisitionIssueLine]) lines!: RequisitionIssueLine[];
  @Field(() => [RequisitionOldUnit]) oldUnits!: RequisitionOldUnit[];
}

@ObjectType('Requisition', { description: '申领单: a department’s request for items, approved, then issued in one or more 出库单.' })
export class Requisition {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'SL-YYYYMMDD-NNNNNN' }) number!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) warehouseId!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => DepartmentRef) department!: DepartmentRef;
  @Field(() => RequisitionStatus) status!: RequisitionStatus;
  @Field(() => String) reason!: string;
  @Field(() => StaffRef, { description: 'The staff member it is for.' }) requester!: StaffRef;
  @Field(() => String) requesterName!: string;
  @Field(() => String, { description: 'Who entered it: the requester, or an admin entering a paper form.' }) submittedByName!: string;
  @Field(() => Date) submittedAt!: Date;
  @Field(() => ApprovalRoute, { nullable: true, description: 'Decided when the department approves.' }) approvalRoute!: ApprovalRoute | null;
  @Field(() => ApprovalRouteReason, { nullable: true }) approvalRouteReason!: ApprovalRouteReason | null;
  @Field(() => Int, { nullable: true, description: 'Estimated value in fen at average (else last) cost; null when an item has no cost yet.' })
  valueFen!: number | null;
  @Field(() => Int, { description: 'Units owed over all lines (the backorder).' }) outstanding!: number;
  @Field(() => [RequisitionLine]) lines!: RequisitionLine[];
  @Field(() => [RequisitionHistoryEntry], { description: 'Oldest first.' }) history!: RequisitionHistoryEntry[];
  @Field(() => [RequisitionIssue], { description: 'Oldest first.' }) issues!: RequisitionIssue[];
}

export const RequisitionConnection = Connection(Requisition, 'Requisition');

@ObjectType('RequisitionPolicy', { description: '审批权限 of a campus: what a department head may approve without the materials office.' })
export class RequisitionPolicy {
  @Field(() => ID) campusId!: string;
  @Field(() => Int, { description: 'Requisitions worth less than this (fen), with every line in the categories below, skip the materials office.' })
  autoApproveLimitFen!: number;
  @Field(() => [ItemCategory]) autoApproveCategories!: ItemCategory[];
  @Field(() => Date) updatedAt!: Date;
  @Field(() => String) updatedByName!: string;
}
