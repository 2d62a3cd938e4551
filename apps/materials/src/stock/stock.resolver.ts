import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Identity } from '@houqin/platform-auth';
import { optionalUuid, requireUuid } from '@houqin/platform-errors';
import { requireCampusInScope } from '@houqin/platform-database';
import { CurrentIdentity, Page, PageArgs, Roles } from '@houqin/platform-graphql';
import { CHARGE_READERS, STOCK_KEEPERS, STOCK_READERS } from '../materials.roles';
import { WarehouseRepository } from '../warehouse/warehouse.repository';
import { ReceiveGoods } from './receive-goods.use-case';
import { SetReorderPoint } from './set-reorder-point.use-case';
import { ReceiveGoodsInput, SetReorderPointInput } from './stock.inputs';
import { GoodsReceipt, ReplenishmentSuggestion, StockLevel, StockLot, StockLotConnection, StockPosition, StockValuation, toGoodsReceipt } from './stock.model';
import { replenishmentOfLevel } from './stock-cover';
import { StockLedgerQuery } from './stock-ledger.query';
import { StockRepository } from './stock.repository';

@Resolver()
export class StockResolver {
  constructor(
    private readonly stock: StockRepository,
    private readonly warehouses: WarehouseRepository,
    private readonly receiveGoodsUseCase: ReceiveGoods,
    private readonly setReorderPointUseCase: SetReorderPoint,
    private readonly ledger: StockLedgerQuery,
  ) {}

  @Query(() => [StockLevel], { description: 'On-hand stock per item in a warehouse, with its lots in FIFO order.' })
  @Roles(...STOCK_READERS)
  async stockLevels(@CurrentIdentity() identity: Identity, @Args('warehouseId', { type: () => ID }) warehouseId: string): Promise<StockLevel[]> {
    return this.stock.levels(await this.warehouses.getVisible(identity, 'warehouseId', warehouseId));
  }

  @Query(() => [ReplenishmentSuggestion], {
    description: '补货建议: items of a warehouse at their reorder point or short of their reserve through the lead time, with how many to order.',
  })
  @Roles(...STOCK_READERS)
  async replenishmentSuggestions(
    @CurrentIdentity() identity: Identity,
    @Args('warehouseId', { type: () => ID }) warehouseId: string,
  ): Promise<ReplenishmentSuggestion[]> {
    const levels = await this.stock.levels(await this.warehouses.getVisible(identity, 'warehouseId', warehouseId));
    return levels.flatMap((level) => {
      const suggestion = replenishmentOfLevel(level);
      return suggestion ? [{ level, ...suggestion }] : [];
    });
  }

  @Query(() => [StockPosition], { description: '某日库存: stock and its value at cost in a warehouse as of a moment, from the ledger.' })
  @Roles(...STOCK_READERS)
  async stockAsOf(
    @CurrentIdentity() identity: Identity,
    @Args('warehouseId', { type: () => ID }) warehouseId: string,
    @Args('at', { type: () => Date }) at: Date,
    @Args('itemIds', { type: () => [ID], nullable: true }) itemIds?: string[] | null,
  ): Promise<StockPosition[]> {
    const warehouse = await this.warehouses.getVisible(identity, 'warehouseId', warehouseId);
    return this.ledger.positions(warehouse, at, itemIds ? itemIds.map((id, i) => requireUuid(`itemIds[${i}]`, id)) : null);
  }

  @Query(() => [StockValuation], { description: '库存金额: stock value at cost per warehouse and category, now or as of a moment.' })
  @Roles(...CHARGE_READERS)
  stockValuation(
    @CurrentIdentity() identity: Identity,
    @Args('campusId', { type: () => ID, nullable: true }) campusId?: string | null,
    @Args('at', { type: () => Date, nullable: true, description: 'Default: now.' }) at?: Date | null,
  ): Promise<StockValuation[]> {
    return this.ledger.valuation(identity, campusId ? requireCampusInScope(identity, campusId) : null, at ?? new Date());
  }

  @Query(() => StockLotConnection)
  @Roles(...STOCK_READERS)
  async stockLots(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('warehouseId', { type: () => ID }) warehouseId: string,
    @Args('itemId', { type: () => ID, nullable: true }) itemId?: string | null,
    @Args('withStockOnly', { type: () => Boolean, defaultValue: true, description: 'Leave out lots already used up.' }) withStockOnly = true,
  ): Promise<Page<StockLot>> {
    const warehouse = await this.warehouses.getVisible(identity, 'warehouseId', warehouseId);
    return this.stock.lots(identity, { warehouseId: warehouse.id, itemId: optionalUuid('itemId', itemId), withStockOnly }, page);
  }

  @Mutation(() => GoodsReceipt, { description: '入库: book a delivery into a warehouse, one lot per line.' })
  @Roles(...STOCK_KEEPERS)
  async receiveGoods(@CurrentIdentity() identity: Identity, @Args('input') input: ReceiveGoodsInput): Promise<GoodsReceipt> {
    const { receipt, lots } = await this.receiveGoodsUseCase.execute(identity, input);
    return toGoodsReceipt(receipt, await this.stock.toLots(lots));
  }

  @Mutation(() => StockLevel, {
    description: '补货策略: reorder point, fill-up level, lead time and emergency reserve (days of cover) of an item in a warehouse; reorder point 0 = never.',
  })
  @Roles(...STOCK_KEEPERS)
  async setReorderPoint(@CurrentIdentity() identity: Identity, @Args('input') input: SetReorderPointInput): Promise<StockLevel> {
    const { warehouse, itemId } = await this.setReorderPointUseCase.execute(identity, input);
    const [level] = await this.stock.levels(warehouse, [itemId]);
    return level;
  }
}
