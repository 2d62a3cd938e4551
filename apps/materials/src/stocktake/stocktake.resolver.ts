import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@houqin/platform-auth';
import type { Identity } from '@houqin/platform-auth';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { CurrentIdentity, Page, PageArgs, Roles } from '@houqin/platform-graphql';
import { ApproveStocktake } from './approve-stocktake.use-case';
import { CancelStocktake } from './cancel-stocktake.use-case';
import { FinishStocktakeCounting } from './finish-stocktake-counting.use-case';
import { RecordStocktakeCounts } from './record-stocktake-counts.use-case';
import { StartStocktake } from './start-stocktake.use-case';
import { RejectStocktake } from './reject-stocktake.use-case';
import { STOCKTAKE_LIFECYCLE, STOCKTAKE_ORGANISERS, StocktakeAction, StocktakeStatus } from './stocktake-lifecycle';
import { RecordStocktakeCountsInput, StartStocktakeInput } from './stocktake.inputs';
import { Stocktake, StocktakeConnection } from './stocktake.model';
import { StocktakeRepository } from './stocktake.repository';

/** What each reader sees of the books is decided per stocktake (blind count). */
const READERS = [...STOCKTAKE_LIFECYCLE.roles(StocktakeAction.RECORD_COUNTS), Role.ANALYST];

@Resolver(() => Stocktake)
export class StocktakeResolver {
  constructor(
    private readonly stocktakeRepository: StocktakeRepository,
    private readonly startStocktakeUseCase: StartStocktake,
    private readonly recordStocktakeCountsUseCase: RecordStocktakeCounts,
    private readonly finishStocktakeCountingUseCase: FinishStocktakeCounting,
    private readonly approveStocktakeUseCase: ApproveStocktake,
    private readonly rejectStocktakeUseCase: RejectStocktake,
    private readonly cancelStocktakeUseCase: CancelStocktake,
  ) {}

  @Query(() => StocktakeConnection, { description: '盘点单 of the caller’s campuses, oldest first.' })
  @Roles(...READERS)
  stocktakes(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('warehouseId', { type: () => ID, nullable: true }) warehouseId?: string | null,
    @Args('status', { type: () => StocktakeStatus, nullable: true }) status?: StocktakeStatus | null,
  ): Promise<Page<Stocktake>> {
    return this.stocktakeRepository.page(identity, { warehouseId: optionalUuid('warehouseId', warehouseId), status: status ?? null }, page);
  }

  @Query(() => Stocktake, { description: 'One stocktake: its count sheet, the counts, and — for reviewers once counting has finished — the variance report.' })
  @Roles(...READERS)
  stocktake(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Stocktake> {
    return this.load(identity, requireUuid('id', id));
  }

  @Mutation(() => Stocktake, { description: '盘点开始: snapshot the books of a warehouse (full) or of some items (cycle) and start counting.' })
  @Roles(...STOCKTAKE_ORGANISERS)
  async startStocktake(@CurrentIdentity() identity: Identity, @Args('input') input: StartStocktakeInput): Promise<Stocktake> {
    return this.load(identity, (await this.startStocktakeUseCase.execute(identity, input)).id);
  }

  @Mutation(() => Stocktake, {
    description: '录入盘点数 (blind): by lot for items tracking expiry, by item otherwise; a line counted again takes the new count.',
  })
  @Roles(...STOCKTAKE_LIFECYCLE.roles(StocktakeAction.RECORD_COUNTS))
  async recordStocktakeCounts(@CurrentIdentity() identity: Identity, @Args('input') input: RecordStocktakeCountsInput): Promise<Stocktake> {
    return this.load(identity, (await this.recordStocktakeCountsUseCase.execute(identity, input)).id);
  }

  @Mutation(() => Stocktake, { description: '结束盘点: hand the counts over for review. Uncounted lines are refused unless countMissingAsZero.' })
  @Roles(...STOCKTAKE_LIFECYCLE.roles(StocktakeAction.FINISH_COUNTING))
  async finishStocktakeCounting(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('countMissingAsZero', { type: () => Boolean, nullable: true, description: 'Take every uncounted line as 0 (nothing on the shelf).' })
    countMissingAsZero?: boolean | null,
  ): Promise<Stocktake> {
    return this.load(identity, (await this.finishStocktakeCountingUseCase.execute(identity, id, countMissingAsZero ?? false)).id);
  }

  @Mutation(() => Stocktake, {
    description: '审核通过: book every variance as one adjustment (COUNT_DIFFERENCE). Never by whoever started the stocktake or entered its counts.',
  })
  @Roles(...STOCKTAKE_LIFECYCLE.roles(StocktakeAction.APPROVE))
  async approveStocktake(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('comment', { type: () => String, nullable: true }) comment?: string | null,
  ): Promise<Stocktake> {
    return this.load(identity, (await this.approveStocktakeUseCase.execute(identity, id, comment)).id);
  }

  @Mutation(() => Stocktake, { description: '驳回复盘: send the stocktake back to counting, with the reason.' })
  @Roles(...STOCKTAKE_LIFECYCLE.roles(StocktakeAction.REJECT))
  async rejectStocktake(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<Stocktake> {
    return this.load(identity, (await this.rejectStocktakeUseCase.execute(identity, id, reason)).id);
  }

  @Mutation(() => Stocktake, { description: '取消: abandon the stocktake before approval; nothing is booked.' })
  @Roles(...STOCKTAKE_LIFECYCLE.roles(StocktakeAction.CANCEL))
  async cancelStocktake(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<Stocktake> {
    return this.load(identity, (await this.cancelStocktakeUseCase.execute(identity, id, reason)).id);
  }

  private async load(identity: Identity, id: string): Promise<Stocktake> {
    const stocktake = await this.stocktakeRepository.findById(identity, id);
    if (!stocktake) throw notFound('Stocktake', id);
    return stocktake;
  }
}
