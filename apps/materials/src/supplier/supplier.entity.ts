import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { PriceExceptionStatus } from './price-exception-rules';

/** 供应商: a company the group buys from. Group-wide: any campus may order from it under its contracts. */
@Entity({ name: 'supplier' })
@Index('supplier_code_uq', ['code'], { unique: true })
@Index('supplier_credit_code_uq', ['creditCode'], { unique: true })
export class SupplierRow {
  @PrimaryColumn('uuid') id!: string;
  /** Like an item code: letters, digits and - _ . /, e.g. SUP-GYKJ. */
  @Column('text') code!: string;
  @Column('text') name!: string;
  /** 统一社会信用代码 (GB 32100-2015), upper case: one company, one entry. */
  @Column('text') creditCode!: string;
  @Column('text') contactName!: string;
  @Column('text', { nullable: true }) phone!: string | null;
  /** Inactive suppliers keep their contracts and history; nothing new is priced or ordered from them. */
  @Column('boolean') active!: boolean;
  @Column('timestamptz') createdAt!: Date;
  @Column('text') createdBySubject!: string;
  @Column('text') createdByName!: string;
  @Column('timestamptz') updatedAt!: Date;
  @Column('text') updatedBySubject!: string;
  @Column('text') updatedByName!: string;
}

/**
 * 供货合同: a supplier's price list for the whole group (campus null) or one campus, valid from `validFrom` to
 * `validTo` (China dates, both inclusive). A termination takes effect on `terminatedOn`: from that day on the
 * contract prices nothing. Prices are never edited; a new price is a new contract.
 */
@Entity({ name: 'supplier_contract' })
@Index('supplier_contract_no_uq', ['contractNo'], { unique: true })
@Index('supplier_contract_supplier_idx', ['supplierId', 'validFrom'])
@Check('supplier_contract_validity_check', '"valid_from" <= "valid_to"')
@Check('supplier_contract_termination_check', '("terminated_on" IS NULL) = ("termination_reason" IS NULL)')
export class SupplierContractRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') contractNo!: string;
  @Column('uuid') supplierId!: string;
  @Column('text') title!: string;
  /** Null: the contract prices every campus of the group. */
  @Column('uuid', { nullable: true }) campusId!: string | null;
  @Column('date') validFrom!: string;
  @Column('date') validTo!: string;
  @Column('date', { nullable: true }) terminatedOn!: string | null;
  @Column('text', { nullable: true }) terminationReason!: string | null;
  @Column('timestamptz', { nullable: true }) terminatedAt!: Date | null;
  @Column('text', { nullable: true }) terminatedBySubject!: string | null;
  @Column('text', { nullable: true }) terminatedByName!: string | null;
  /** Who entered the signed contract, and when. */
  @Column('timestamptz') signedAt!: Date;
  @Column('text') signedBySubject!: string;
  @Column('text') signedByName!: string;
}

/** One line of a contract's price list, with the market wholesale price surveyed at signing (the ceiling). */
@Entity({ name: 'supplier_contract_price' })
@Index('supplier_contract_price_item_idx', ['itemId'])
@Check('supplier_contract_price_check', '"unit_price_fen" > 0 AND "unit_price_fen" <= "market_price_fen"')
export class SupplierContractPriceRow {
  @PrimaryColumn('uuid') contractId!: string;
  @PrimaryColumn('uuid') itemId!: string;
  @Column('integer') unitPriceFen!: number;
  @Column('integer') marketPriceFen!: number;
}

/**
 * 超合同价例外: a purchaser asks to buy an item from a supplier for one campus above the contract price, or with no
 * contract price at all (合同外采购); someone else in the materials office decides. Approved, it can be used by one
 * purchase order until `validUntil` (China date, inclusive). EXPIRED is not stored: it is APPROVED past that day.
 */
@Entity({ name: 'price_exception' })
@Index('price_exception_campus_idx', ['campusId', 'status'])
@Index('price_exception_item_idx', ['supplierId', 'itemId', 'campusId'])
@Check('price_exception_status_check', `"status" IN ('PENDING', 'APPROVED', 'REJECTED', 'USED')`)
@Check('price_exception_amounts_check', '"unit_price_fen" > 0 AND "max_quantity" > 0')
@Check('price_exception_validity_check', `"status" IN ('PENDING', 'REJECTED') OR "valid_until" IS NOT NULL`)
@Check('price_exception_use_check', `("status" = 'USED') = ("used_by_purchase_order_id" IS NOT NULL)`)
export class PriceExceptionRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') supplierId!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') itemId!: string;
  /** The highest unit price an order line may have under this exception. */
  @Column('integer') unitPriceFen!: number;
  /** The most an order line may buy under it. */
  @Column('integer') maxQuantity!: number;
  @Column('text') reason!: string;
  /** The contract price it exceeds, as it stood when requested; null for an off-contract purchase. */
  @Column('uuid', { nullable: true }) contractId!: string | null;
  @Column('integer', { nullable: true }) contractPriceFen!: number | null;
  @Column('text') status!: Exclude<PriceExceptionStatus, PriceExceptionStatus.EXPIRED>;
  @Column('timestamptz') requestedAt!: Date;
  /** The requester (login and staff record) may not decide it. */
  @Column('text') requestedBySubject!: string;
  @Column('uuid', { nullable: true }) requestedByStaffId!: string | null;
  @Column('text') requestedByName!: string;
  @Column('timestamptz', { nullable: true }) decidedAt!: Date | null;
  @Column('text', { nullable: true }) decidedBySubject!: string | null;
  @Column('text', { nullable: true }) decidedByName!: string | null;
  @Column('text', { nullable: true }) decisionComment!: string | null;
  @Column('date', { nullable: true }) validUntil!: string | null;
  @Column('timestamptz', { nullable: true }) usedAt!: Date | null;
  @Column('uuid', { nullable: true }) usedByPurchaseOrderId!: string | null;
  @Column('timestamptz') updatedAt!: Date;
}
