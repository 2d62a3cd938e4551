import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { VendorCallStatus } from './vendor-call-status';
import { OnSiteMinutes } from './vendor-sla';

/** 维保单位 / 外委单位: a company the group calls in. Group-wide: one company serves any campus its contracts cover. */
@Entity({ name: 'vendor' })
@Index('vendor_name_uq', ['name'], { unique: true })
@Index('vendor_credit_code_uq', ['unifiedSocialCreditCode'], { unique: true })
export class VendorRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  /** 统一社会信用代码 (GB 32100-2015), upper case. */
  @Column('text') unifiedSocialCreditCode!: string;
  @Column('text') contactName!: string;
  @Column('text') contactPhone!: string;
  @Column('boolean') active!: boolean;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

/**
 * 维保合同: which campuses and categories a vendor serves, from when to when (China dates, both inclusive), its
 * SLA and its fees in fen. A call records the contract it was made under, so later contracts change no past call.
 */
@Entity({ name: 'vendor_contract' })
@Index('vendor_contract_vendor_no_uq', ['vendorId', 'contractNo'], { unique: true })
export class VendorContractRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') vendorId!: string;
  @Column('text') contractNo!: string;
  @Column('uuid', { array: true }) campusIds!: string[];
  /** Work-order categories, upper case (ELEVATOR, BOILER, HVAC, ...). */
  @Column('text', { array: true }) categories!: string[];
  @Column('date') startsOn!: string;
  @Column('date') endsOn!: string;
  @Column('jsonb') onSiteMinutes!: OnSiteMinutes;
  @Column('integer', { nullable: true }) resolutionHours!: number | null;
  @Column('integer', { nullable: true }) annualFeeFen!: number | null;
  @Column('integer') callOutFeeFen!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('text') createdBy!: string;
}

/**
 * 外请: a vendor called to a work order. The campus is the order's, for campus-scoped reads and the report.
 * Due times are fixed at the call from the contract's SLA; the call-out fee is the contract's at that moment.
 * Costs are fen: `costFen` = `labourFen` + `materialsFen`, set when the call is finished.
 */
@Entity({ name: 'vendor_call' })
@Index('vendor_call_open_uq', ['workOrderId'], { unique: true, where: `status IN ('CALLED', 'ON_SITE')` })
@Index('vendor_call_work_order_idx', ['workOrderId'])
@Index('vendor_call_campus_called_idx', ['campusId', 'calledAt'])
@Index('vendor_call_vendor_called_idx', ['vendorId', 'calledAt'])
export class VendorCallRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') workOrderId!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') vendorId!: string;
  @Column('uuid') contractId!: string;
  @Column('text') status!: VendorCallStatus;
  @Column('text') reason!: string;
  @Column('timestamptz') calledAt!: Date;
  @Column('text') calledBy!: string;
  @Column('timestamptz') onSiteDueAt!: Date;
  @Column('timestamptz', { nullable: true }) resolutionDueAt!: Date | null;
  @Column('integer') callOutFeeFen!: number;
  @Column('timestamptz', { nullable: true }) arrivedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) finishedAt!: Date | null;
  @Column('text', { nullable: true }) workDescription!: string | null;
  @Column('integer', { nullable: true }) labourFen!: number | null;
  @Column('integer', { nullable: true }) materialsFen!: number | null;
  @Column('integer', { nullable: true }) costFen!: number | null;
  @Column('text', { nullable: true }) invoiceNo!: string | null;
  @Column('timestamptz', { nullable: true }) cancelledAt!: Date | null;
  @Column('text', { nullable: true }) cancelReason!: string | null;
  @Column('timestamptz') updatedAt!: Date;
}
