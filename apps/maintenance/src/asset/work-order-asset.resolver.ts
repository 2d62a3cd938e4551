import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { batchLoad, CurrentIdentity, RequestContext } from '@houqin/platform-graphql';
import { WorkOrder } from '../work-order/work-order.model';
import { AssetRow } from './asset.entity';
import { Asset, toAsset } from './asset.model';
import { AssetRepository } from './asset.repository';

/** The asset a repair request named (扫码报修), on the work order; one query per request for a page of orders. */
@Resolver(() => WorkOrder)
export class WorkOrderAssetResolver {
  constructor(private readonly repository: AssetRepository) {}

  @ResolveField(() => Asset, { nullable: true, description: 'The asset at fault, when the request named one.' })
  async asset(@Parent() order: WorkOrder, @CurrentIdentity() identity: Identity, @Context() context: RequestContext): Promise<Asset | null> {
    if (!order.assetId) return null;
    const row = await batchLoad<string, AssetRow>(context, 'asset', order.assetId, (ids) => this.repository.findManyVisible(identity, ids));
    return row ? toAsset(row) : null;
  }
}
