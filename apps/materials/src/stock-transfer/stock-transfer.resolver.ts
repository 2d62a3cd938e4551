import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Identity } from '@houqin/platform-auth';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { CurrentIdentity, Page, PageArgs, Roles } from '@houqin/platform-graphql';
import { STOCK_KEEPERS, STOCK_READERS } from '../materials.roles';
import { DispatchStockTransfer } from './dispatch-stock-transfer.use-case';
import { ReceiveStockTransfer } from './receive-stock-transfer.use-case';
import { StockTransferStatus } from './stock-transfer.entity';
import { DispatchStockTransferInput } from './stock-transfer.inputs';
import { StockTransfer, StockTransferConnection } from './stock-transfer.model';
import { StockTransferRepository } from './stock-transfer.repository';

@Resolver(() => StockTransfer)
export class StockTransferResolver {
  constructor(
    private readonly stockTransferRepository: StockTransferRepository,
    private readonly dispatchStockTransferUseCase: DispatchStockTransfer,
    private readonly receiveStockTransferUseCase: ReceiveStockTransfer,
  ) {}

  @Query(() => StockTransferConnection, { description: '调拨单 with either end on the caller’s campuses, optionally by warehouse (either end) and status.' })
  @Roles(...STOCK_READERS)
  stockTransfers(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('warehouseId', { type: () => ID, nullable: true }) warehouseId?: string | null,
    @Args('status', { type: () => StockTransferStatus, nullable: true }) status?: StockTransferStatus | null,
  ): Promise<Page<StockTransfer>> {
    return this.stockTransferRepository.page(identity, { warehouseId: optionalUuid('warehouseId', warehouseId), status: status ?? null }, page);
  }

  @Query(() => StockTransfer)
  @Roles(...STOCK_READERS)
  async stockTransfer(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<StockTransfer> {
    return this.load(identity, requireUuid('id', id));
  }

  @Mutation(() => StockTransfer, { description: '调拨出库: send stock FIFO/FEFO to another warehouse; all lines or none (INSUFFICIENT_STOCK).' })
  @Roles(...STOCK_KEEPERS)
  async dispatchStockTransfer(@CurrentIdentity() identity: Identity, @Args('input') input: DispatchStockTransferInput): Promise<StockTransfer> {
    return this.load(identity, (await this.dispatchStockTransferUseCase.execute(identity, input)).id);
  }

  @Mutation(() => StockTransfer, { description: '调拨入库: the destination campus receives a transfer in full, one new lot per line.' })
  @Roles(...STOCK_KEEPERS)
  async receiveStockTransfer(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<StockTransfer> {
    return this.load(identity, (await this.receiveStockTransferUseCase.execute(identity, id)).id);
  }

  private async load(identity: Identity, id: string): Promise<StockTransfer> {
    const transfer = await this.stockTransferRepository.findById(identity, id);
    if (!transfer) throw notFound('StockTransfer', id);
    return transfer;
  }
}
