import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { HYGIENE_READERS, WASTE_HANDLERS } from '../hygiene.roles';
import { ConfirmWasteHandover } from './confirm-waste-handover.use-case';
import { RecordWasteCollection } from './record-waste-collection.use-case';
import { StoreWasteCollections } from './store-waste-collections.use-case';
import { RecordWasteCollectionInput, WasteCollectionsArgs, WasteCollectionsStepInput } from './waste-collection.inputs';
import { toWasteCollection, WasteCollection, WasteCollectionConnection } from './waste-collection.model';
import { WasteCollectionRepository } from './waste-collection.repository';
import { WasteCollectionAction, WASTE_COLLECTION_LIFECYCLE } from './waste-collection-lifecycle';

const { CONFIRM_HANDOVER, STORE } = WasteCollectionAction;

@Resolver(() => WasteCollection)
export class WasteCollectionResolver {
  constructor(
    private readonly repository: WasteCollectionRepository,
    private readonly recordWasteCollectionUseCase: RecordWasteCollection,
    private readonly confirmWasteHandoverUseCase: ConfirmWasteHandover,
    private readonly storeWasteCollectionsUseCase: StoreWasteCollections,
  ) {}

  @Query(() => WasteCollectionConnection, { description: 'medical waste loads of the campuses the caller may see' })
  @Roles(...HYGIENE_READERS)
  wasteCollections(@CurrentIdentity() identity: Identity, @Args() args: WasteCollectionsArgs): Promise<Page<WasteCollection>> {
    const now = new Date();
    return this.repository.list(identity, args, (row) => toWasteCollection(row, now));
  }

  @Query(() => WasteCollection)
  @Roles(...HYGIENE_READERS)
  async wasteCollection(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<WasteCollection> {
    return toWasteCollection(await this.repository.findVisible(identity, id));
  }

  /** Called by Apollo as (reference, context): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<WasteCollection | null> {
    if (!context.identity) return null;
    return toWasteCollection(await this.repository.findVisible(context.identity, reference.id));
  }

  @Mutation(() => WasteCollection, { description: '收集称重: scan a container at its ward and record the load; the ward signs it over next.' })
  @Roles(...WASTE_HANDLERS)
  async recordWasteCollection(@CurrentIdentity() identity: Identity, @Args('input') input: RecordWasteCollectionInput): Promise<WasteCollection> {
    return toWasteCollection(await this.recordWasteCollectionUseCase.execute(identity, input));
  }

  @Mutation(() => [WasteCollection], { description: "交接签字: the ward's nurse or head signs its loads over to the collector." })
  @Roles(...WASTE_COLLECTION_LIFECYCLE.roles(CONFIRM_HANDOVER))
  async confirmWasteHandover(@CurrentIdentity() identity: Identity, @Args('input') input: WasteCollectionsStepInput): Promise<WasteCollection[]> {
    return (await this.confirmWasteHandoverUseCase.execute(identity, input)).map((row) => toWasteCollection(row));
  }

  @Mutation(() => [WasteCollection], { description: '暂存间入库: signed-over loads go into the temporary store.' })
  @Roles(...WASTE_COLLECTION_LIFECYCLE.roles(STORE))
  async storeWasteCollections(@CurrentIdentity() identity: Identity, @Args('input') input: WasteCollectionsStepInput): Promise<WasteCollection[]> {
    return (await this.storeWasteCollectionsUseCase.execute(identity, input)).map((row) => toWasteCollection(row));
  }
}
