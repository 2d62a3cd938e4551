import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@houqin/platform-auth';
import type { Identity } from '@houqin/platform-auth';
import { notFound } from '@houqin/platform-errors';
import { CurrentIdentity, Roles } from '@houqin/platform-graphql';
import { AdjustStock } from './adjust-stock.use-case';
import { AdjustStockInput } from './stock-adjustment.inputs';
import { StockAdjustment } from './stock-adjustment.model';
import { StockAdjustmentRepository } from './stock-adjustment.repository';

@Resolver(() => StockAdjustment)
export class StockAdjustmentResolver {
  constructor(
    private readonly stockAdjustmentRepository: StockAdjustmentRepository,
    private readonly adjustStockUseCase: AdjustStock,
  ) {}

  /** Campus admins only: an adjustment changes the books without a document from outside, so the storekeeper does not approve their own count. */
  @Mutation(() => StockAdjustment, { description: '调整: correct lots after a count, damage, expiry or a find; negative takes, positive opens a new lot.' })
  @Roles(Role.GROUP_ADMIN, Role.CAMPUS_ADMIN)
  async adjustStock(@CurrentIdentity() identity: Identity, @Args('input') input: AdjustStockInput): Promise<StockAdjustment> {
    const row = await this.adjustStockUseCase.execute(identity, input);
    const adjustment = await this.stockAdjustmentRepository.findById(identity, row.id);
    if (!adjustment) throw notFound('StockAdjustment', row.id);
    return adjustment;
  }
}
