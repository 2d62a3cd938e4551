import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Identity } from '@houqin/platform-auth';
import { notFound } from '@houqin/platform-errors';
import { CurrentIdentity, Roles } from '@houqin/platform-graphql';
import { STOCK_KEEPERS } from '../materials.roles';
import { ReturnStock } from './return-stock.use-case';
import { ReturnStockInput } from './stock-return.inputs';
import { StockReturn } from './stock-return.model';
import { StockReturnRepository } from './stock-return.repository';

@Resolver(() => StockReturn)
export class StockReturnResolver {
  constructor(
    private readonly stockReturnRepository: StockReturnRepository,
    private readonly returnStockUseCase: ReturnStock,
  ) {}

  @Mutation(() => StockReturn, { description: '退库: bring issued stock back into its lots and credit the department; never more than issued less returned.' })
  @Roles(...STOCK_KEEPERS)
  async returnStock(@CurrentIdentity() identity: Identity, @Args('input') input: ReturnStockInput): Promise<StockReturn> {
    const row = await this.returnStockUseCase.execute(identity, input);
    const stockReturn = await this.stockReturnRepository.findById(identity, row.id);
    if (!stockReturn) throw notFound('StockReturn', row.id);
    return stockReturn;
  }
}
