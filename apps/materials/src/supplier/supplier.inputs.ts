import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateSupplierInput {
  @Field(() => ID, { nullable: true, description: 'Group admins only: a chosen id (demo data, imports).' }) id?: string | null;
  @Field(() => String, { description: 'Letters, digits and - _ . /, at most 32 (e.g. SUP-GYKJ).' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: '统一社会信用代码: 18 characters with a valid check character.' }) creditCode!: string;
  @Field(() => String) contactName!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateSupplierInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) creditCode?: string | null;
  @Field(() => String, { nullable: true }) contactName?: string | null;
  @Field(() => String, { nullable: true, description: 'An empty string removes the phone number.' }) phone?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true reactivates a supplier; deactivateSupplier stops one, with a reason.' })
  active?: boolean | null;
}

@InputType()
export class ContractPriceInput {
  @Field(() => ID) itemId!: string;
  @Field(() => Int, { description: 'Contract unit price in fen (分), above 0.' }) unitPriceFen!: number;
  @Field(() => Int, { description: 'Market wholesale price surveyed at signing, in fen: the contract price may not exceed it.' })
  marketPriceFen!: number;
}

@InputType()
export class CreateSupplierContractInput {
  @Field(() => ID) supplierId!: string;
  @Field(() => String, { description: 'The signed contract’s number, unique.' }) contractNo!: string;
  @Field(() => String) title!: string;
  @Field(() => ID, { nullable: true, description: 'A campus of yours; leave out for a group-wide contract.' }) campusId?: string | null;
  @Field(() => String, { description: 'First valid day, YYYY-MM-DD.' }) validFrom!: string;
  @Field(() => String, { description: 'Last valid day, YYYY-MM-DD, inclusive.' }) validTo!: string;
  @Field(() => [ContractPriceInput], { description: 'The price list: one line per item.' }) prices!: ContractPriceInput[];
}

@InputType()
export class RequestPriceExceptionInput {
  @Field(() => ID) supplierId!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => Int, { description: 'The unit price to be allowed, in fen.' }) unitPriceFen!: number;
  @Field(() => Int, { description: 'The most one order line may buy under the exception.' }) maxQuantity!: number;
  @Field(() => String, { description: 'Why (e.g. 合同供应商断货，急需).' }) reason!: string;
}
