import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { HYGIENE_READERS, LINEN_KEEPERS } from '../hygiene.roles';
import { CloseLinenExchange } from './close-linen-exchange.use-case';
import { CollectDirtyLinen } from './collect-dirty-linen.use-case';
import {
  CollectDirtyLinenInput,
  LinenExchangesArgs,
  LinenLossArgs,
  LinenParLevelsArgs,
  ReturnCleanLinenInput,
  SetLinenParLevelInput,
} from './linen-exchange.inputs';
import {
  LinenExchange,
  LinenExchangeConnection,
  LinenLossFigures,
  LinenParLevel,
  LinenParLevelConnection,
  toLinenExchange,
  toLinenParLevel,
} from './linen-exchange.model';
import { LinenExchangeRepository } from './linen-exchange.repository';
import { LinenLossQuery } from './linen-loss.query';
import { ReturnCleanLinen } from './return-clean-linen.use-case';
import { SetLinenParLevel } from './set-linen-par-level.use-case';

@Resolver(() => LinenExchange)
export class LinenExchangeResolver {
  constructor(
    private readonly repository: LinenExchangeRepository,
    private readonly lossQuery: LinenLossQuery,
    private readonly collectDirtyLinenUseCase: CollectDirtyLinen,
    private readonly returnCleanLinenUseCase: ReturnCleanLinen,
    private readonly closeLinenExchangeUseCase: CloseLinenExchange,
    private readonly setLinenParLevelUseCase: SetLinenParLevel,
  ) {}

  @Query(() => LinenExchangeConnection, { description: 'Linen collections of the campuses the caller may see, newest first.' })
  @Roles(...HYGIENE_READERS)
  linenExchanges(@CurrentIdentity() identity: Identity, @Args() args: LinenExchangesArgs): Promise<Page<LinenExchange>> {
    return this.repository.list(identity, args, toLinenExchange);
  }

  @Query(() => LinenExchange)
  @Roles(...HYGIENE_READERS)
  async linenExchange(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<LinenExchange> {
    return toLinenExchange(await this.repository.findVisible(identity, id));
  }

  /** Called by Apollo as (reference, context): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<LinenExchange | null> {
    if (!context.identity) return null;
    return toLinenExchange(await this.repository.findVisible(context.identity, reference.id));
  }

  @Query(() => LinenParLevelConnection, { description: "Departments' par levels (被服基数) on the campuses the caller may see." })
  @Roles(...HYGIENE_READERS)
  linenParLevels(@CurrentIdentity() identity: Identity, @Args() args: LinenParLevelsArgs): Promise<Page<LinenParLevel>> {
    return this.repository.parLevels(identity, args, toLinenParLevel);
  }

  @Query(() => [LinenLossFigures], { description: 'Linen collected, returned and lost per department and kind over a month (丢失率).' })
  @Roles(...HYGIENE_READERS)
  linenLoss(@CurrentIdentity() identity: Identity, @Args() args: LinenLossArgs): Promise<LinenLossFigures[]> {
    return this.lossQuery.compute(identity, args);
  }

  @Mutation(() => LinenExchange, { description: '收污: dirty linen counted out to the laundry at a department, by kind.' })
  @Roles(...LINEN_KEEPERS)
  async collectDirtyLinen(@CurrentIdentity() identity: Identity, @Args('input') input: CollectDirtyLinenInput): Promise<LinenExchange> {
    return toLinenExchange(await this.collectDirtyLinenUseCase.execute(identity, input));
  }

  @Mutation(() => LinenExchange, { description: '送净: clean linen back from the laundry against a collection.' })
  @Roles(...LINEN_KEEPERS)
  async returnCleanLinen(@CurrentIdentity() identity: Identity, @Args('input') input: ReturnCleanLinenInput): Promise<LinenExchange> {
    return toLinenExchange(await this.returnCleanLinenUseCase.execute(identity, input));
  }

  @Mutation(() => LinenExchange, { description: '结清: settle a collection; what is still outstanding is written off as lost.' })
  @Roles(...LINEN_KEEPERS)
  async closeLinenExchange(
    @CurrentIdentity() identity: Identity,
    @Args('linenExchangeId', { type: () => ID }) linenExchangeId: string,
  ): Promise<LinenExchange> {
    return toLinenExchange(await this.closeLinenExchangeUseCase.execute(identity, linenExchangeId));
  }

  @Mutation(() => LinenParLevel, { description: 'Sets how many pieces of a kind a department should hold (被服基数).' })
  @Roles(...LINEN_KEEPERS)
  async setLinenParLevel(@CurrentIdentity() identity: Identity, @Args('input') input: SetLinenParLevelInput): Promise<LinenParLevel> {
    return toLinenParLevel(await this.setLinenParLevelUseCase.execute(identity, input));
  }
}
