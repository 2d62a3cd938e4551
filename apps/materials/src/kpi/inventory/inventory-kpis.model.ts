import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/**
 * 库存指标: the inventory family of the materials KPIs, from the immutable ledger (stock_movement), the lots, the
 * shortages and the requisitions. Money is fen at cost (each unit at its lot's unit cost); months are Beijing-time.
 */
@ObjectType({
  description:
    '库存指标 (inventory KPIs) of one campus-month, from the stock ledger at cost. A month not yet over counts up to now. See docs/materials.md, "KPIs".',
})
export class InventoryKpis {
  @Field(() => Float, {
    description:
      '消耗金额 (consumption): value at cost issued to departments in the month, less returns from departments in the month (either may be of stock issued earlier).',
  })
  consumptionFen!: number;

  @Field(() => Float, {
    description:
      '期初库存金额 (opening stock value): stock at cost at the first instant of the month, summed from the ledger; in-transit stock is in no campus.',
  })
  openingValueFen!: number;

  @Field(() => Float, {
    description:
      '期末库存金额 (closing stock value): stock at cost at the end of the month (now, for the current month); expired lots count until written off.',
  })
  closingValueFen!: number;

  @Field(() => Float, { description: '平均库存金额 (average stock value): (openingValueFen + closingValueFen) / 2.' })
  averageValueFen!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      '库存周转率 (inventory turnover) of the month: consumptionFen / averageValueFen; null when there was no stock at either end. The seeds’ “turnover 65%” is this ratio over a year (0.65).',
  })
  inventoryTurnover!: number | null;

  @Field(() => Float, { nullable: true, description: '年化周转率 (annualised turnover): inventoryTurnover × 12.' })
  annualizedTurnover!: number | null;

  @Field(() => Float, { description: '近90天消耗 (trailing consumption): consumption as above over the 90 days ending at the end of the month.' })
  trailingConsumptionFen!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      '库存可用天数 (days of cover): closingValueFen / (trailingConsumptionFen / 90), the days the closing stock lasts at the trailing rate of use; null when nothing was used (or returns outweighed issues). Compare the emergency reserve, e.g. 30 days of masks and gowns.',
  })
  daysOfCover!: number | null;

  @Field(() => Int, { description: '缺货次数 (stock-outs): stockOutShortages + stockOutBackorderedLines + stockOutDepletions.' })
  stockOuts!: number;

  @Field(() => Int, {
    description: '缺货登记: shortages recorded in the month when a completed work order’s parts could not be issued (one per part and work order).',
  })
  stockOutShortages!: number;

  @Field(() => Int, {
    description:
      '欠发: requisition lines that an issue in the month left with something still owed (approved − issued so far > 0); a line counts once a month however many issues left it short.',
  })
  stockOutBackorderedLines!: number;

  @Field(() => Int, {
    description:
      '断货: (item, warehouse) pairs whose available stock (on hand less expired lots) fell from above 0 to 0 in the month — by an issue, transfer, adjustment or a lot expiring — while the item had net use (issues less returns) in the 90 days up to that moment; once a month per pair.',
  })
  stockOutDepletions!: number;

  @Field(() => Int, { description: '缺货品种数: distinct items in any of the three kinds of stock-out.' })
  stockOutItems!: number;

  @Field(() => Float, {
    description:
      '过期金额 (expired value): lots whose expiry date fell in the month (and has passed), at cost, for what they still held at the end of that date.',
  })
  expiredValueFen!: number;

  @Field(() => Int, { description: 'Lots counted in expiredValueFen (those still holding stock when they expired).' })
  expiredLots!: number;

  @Field(() => Float, { description: '过期报废金额 (expired written off): EXPIRED_WRITE_OFF adjustments in the month, at cost.' })
  writtenOffExpiredFen!: number;
}
