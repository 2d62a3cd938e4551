import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { HYGIENE_READERS, WASTE_HANDLERS } from '../hygiene.roles';
import { TransferWaste } from './transfer-waste.use-case';
import { TransferWasteInput, WasteTransfersArgs } from './waste-transfer.inputs';
import { toWasteTransfer, WasteTransfer, WasteTransferConnection } from './waste-transfer.model';
import { WasteTransferRepository } from './waste-transfer.repository';

@Resolver(() => WasteTransfer)
export class WasteTransferResolver {
  constructor(
    private readonly repository: WasteTransferRepository,
    private readonly transferWasteUseCase: TransferWaste,
  ) {}

  @Query(() => WasteTransferConnection, { description: 'medical waste transfers of the campuses the caller may see' })
  @Roles(...HYGIENE_READERS)
  wasteTransfers(@CurrentIdentity() identity: Identity, @Args() args: WasteTransfersArgs): Promise<Page<WasteTransfer>> {
    return this.repository.list(identity, args, toWasteTransfer);
  }

  @Query(() => WasteTransfer)
  @Roles(...HYGIENE_READERS)
  async wasteTransfer(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<WasteTransfer> {
    return toWasteTransfer(await this.repository.findVisible(identity, id));
  }

  /** Called by Apollo as (reference, context): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<WasteTransfer | null> {
    if (!context.identity) return null;
    return toWasteTransfer(await this.repository.findVisible(context.identity, reference.id));
  }

  @Mutation(() => WasteTransfer, {
    description: '转运: hand the store’s loads to the disposal company under a manifest, reconciled against the wards’ weights.',
  })
  @Roles(...WASTE_HANDLERS)
  async transferWaste(@CurrentIdentity() identity: Identity, @Args('input') input: TransferWasteInput): Promise<WasteTransfer> {
    return toWasteTransfer(await this.transferWasteUseCase.execute(identity, input));
  }
}
