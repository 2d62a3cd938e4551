import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, describedValues } from '@houqin/platform-graphql';
import { Item } from '../catalogue/item.model';
import { PriceExceptionStatus } from './price-exception-rules';
import { SupplierContractStatus } from './supplier-contract-rules';
import { SupplierRow } from './supplier.entity';

registerEnumType(SupplierContractStatus, {
  name: 'SupplierContractStatus',
  description: '供货合同状态 (today, Beijing date)',
  valuesMap: describedValues({
    UPCOMING: '未生效: validFrom is still ahead',
    IN_FORCE: '执行中: prices orders today (a termination may be scheduled)',
    EXPIRED: '已到期: past validTo',
    TERMINATED: '已终止: terminated; prices nothing from terminatedOn',
  }),
});
registerEnumType(PriceExceptionStatus, {
  name: 'PriceExceptionStatus',
  description: '超合同价例外状态',
  valuesMap: describedValues({
    PENDING: '待审批: waits for the materials office',
    APPROVED: '已批准: one purchase order may use it until validUntil',
    REJECTED: '已驳回',
    USED: '已使用: a purchase order used it',
    EXPIRED: '已过期: approved, not used by validUntil',
  }),
});

@ObjectType('Supplier', { description: '供应商: a company the group buys from; group-wide.' })
export class Supplier {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Unique code, like item codes (e.g. SUP-GYKJ).' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: '统一社会信用代码 (18 characters, GB 32100-2015).' }) creditCode!: string;
  @Field(() => String) contactName!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => Boolean, { description: 'Nothing new is priced or ordered from an inactive supplier.' }) active!: boolean;
}

export const SupplierConnection = Connection(Supplier, 'Supplier');

export function toSupplier(row: SupplierRow): Supplier {
  return { id: row.id, code: row.code, name: row.name, creditCode: row.creditCode, contactName: row.contactName, phone: row.phone, active: row.active };
}

@ObjectType('SupplierContractPrice', { description: 'One line of a contract’s price list.' })
export class SupplierContractPrice {
  @Field(() => Item) item!: Item;
  @Field(() => Int, { description: 'Contract unit price in fen (分).' }) unitPriceFen!: number;
  @Field(() => Int, { description: 'Market wholesale price surveyed at signing, in fen: the contract price is never above it.' })
  marketPriceFen!: number;
}

@ObjectType('SupplierContract', { description: '供货合同: a supplier’s price list for the group or one campus, for a period.' })
export class SupplierContract {
  @Field(() => ID) id!: string;
  @Field(() => String) contractNo!: string;
  @Field(() => Supplier) supplier!: Supplier;
  @Field(() => String) title!: string;
  @Field(() => ID, { nullable: true, description: 'The campus it prices; null for the whole group.' }) campusId!: string | null;
  @Field(() => String, { description: 'First valid day, YYYY-MM-DD (Beijing).' }) validFrom!: string;
  @Field(() => String, { description: 'Last valid day, YYYY-MM-DD (Beijing), inclusive.' }) validTo!: string;
  @Field(() => String, { nullable: true, description: 'Terminated from this day on (YYYY-MM-DD).' }) terminatedOn!: string | null;
  @Field(() => String, { nullable: true }) terminationReason!: string | null;
  @Field(() => String, { nullable: true, description: 'The last day it prices anything: validTo, or the day before the termination.' })
  lastPricedOn!: string | null;
  @Field(() => SupplierContractStatus) status!: SupplierContractStatus;
  @Field(() => String) signedByName!: string;
  @Field(() => Date) signedAt!: Date;
  @Field(() => [SupplierContractPrice], { description: 'By item code.' }) prices!: SupplierContractPrice[];
}

export const SupplierContractConnection = Connection(SupplierContract, 'SupplierContract');

@ObjectType('ContractPrice', { description: 'A supplier’s contract price for an item on a campus on a day.' })
export class ContractPrice {
  @Field(() => Supplier) supplier!: Supplier;
  @Field(() => ID) contractId!: string;
  @Field(() => String) contractNo!: string;
  @Field(() => ID, { nullable: true, description: 'Null: a group-wide contract.' }) campusId!: string | null;
  @Field(() => Int, { description: 'In fen (分).' }) unitPriceFen!: number;
  @Field(() => Int, { description: 'Market wholesale price surveyed at signing, in fen.' }) marketPriceFen!: number;
  @Field(() => String) validFrom!: string;
  @Field(() => String, { description: 'The last day the contract prices anything.' }) lastPricedOn!: string;
}

@ObjectType('PriceException', { description: '超合同价例外: leave to buy above the contract price, or off contract (合同外采购), once.' })
export class PriceException {
  @Field(() => ID) id!: string;
  @Field(() => Supplier) supplier!: Supplier;
  @Field(() => ID) campusId!: string;
  @Field(() => Item) item!: Item;
  @Field(() => Int, { description: 'The highest unit price allowed, in fen.' }) unitPriceFen!: number;
  @Field(() => Int, { description: 'The most one order line may buy under it.' }) maxQuantity!: number;
  @Field(() => String) reason!: string;
  @Field(() => ID, { nullable: true, description: 'The contract whose price it exceeds, when requested; null off contract.' }) contractId!: string | null;
  @Field(() => Int, { nullable: true, description: 'That contract price, in fen.' }) contractPriceFen!: number | null;
  @Field(() => PriceExceptionStatus) status!: PriceExceptionStatus;
  @Field(() => String) requestedByName!: string;
  @Field(() => Date) requestedAt!: Date;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The approval comment or the rejection reason.' }) decisionComment!: string | null;
  @Field(() => String, { nullable: true, description: 'Last day it may be used (YYYY-MM-DD), once approved.' }) validUntil!: string | null;
  @Field(() => Date, { nullable: true }) usedAt!: Date | null;
  @Field(() => ID, { nullable: true }) usedByPurchaseOrderId!: string | null;
}

export const PriceExceptionConnection = Connection(PriceException, 'PriceException');
