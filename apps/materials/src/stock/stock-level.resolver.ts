import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { batchLoad, RequestContext } from '@houqin/platform-graphql';
import { StockLevel, StockLot } from './stock.model';
import { StockRepository } from './stock.repository';

/** A level's lots load only when asked for, one statement per warehouse for the whole list. */
@Resolver(() => StockLevel)
export class StockLevelResolver {
  constructor(private readonly stock: StockRepository) {}

  @ResolveField(() => [StockLot], { description: 'Lots with stock left, oldest receipt first (FEFO items issue by expiry instead).' })
  async lots(@Parent() level: StockLevel, @Context() context: RequestContext): Promise<StockLot[]> {
    const lots = await batchLoad(context, `stockLevelLots:${level.warehouseId}`, level.item.id, (itemIds) =>
      this.stock.lotsInStock(level.warehouseId, itemIds),
    );
    return lots ?? [];
  }
}
