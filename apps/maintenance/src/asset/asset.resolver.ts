import { MaintenanceRole } from '@houqin/contracts';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { STAFF_ROLES, Identity, Role } from '@houqin/platform-auth';
import { batchLoad, CurrentIdentity, groupBy, Page, PageArgs, RequestContext, Roles } from '@houqin/platform-graphql';
import { toWorkOrder, WorkOrder, WorkOrderConnection } from '../work-order/work-order.model';
import { ASSET_LIFECYCLE, AssetAction } from './asset-lifecycle';
import { AssetStatus } from './asset-status';
import { AssetRow } from './asset.entity';
import { AssetsArgs, OverdueSpecialEquipmentArgs, RecordInspectionCertificateInput, RegisterAssetInput, UpdateAssetInput } from './asset.inputs';
import { Asset, AssetConnection, InspectionCertificate, toAsset, toInspectionCertificate } from './asset.model';
import { AssetRepository } from './asset.repository';
import { ChangeAssetStatus } from './change-asset-status.use-case';
import { RecordInspectionCertificate } from './record-inspection-certificate.use-case';
import { RegisterAsset } from './register-asset.use-case';
import { UpdateAsset } from './update-asset.use-case';

const { GROUP_ADMIN, CAMPUS_ADMIN } = Role;
const { DISPATCHER } = MaintenanceRole;

@Resolver(() => Asset)
export class AssetResolver {
  constructor(
    private readonly repository: AssetRepository,
    private readonly registerAssetUseCase: RegisterAsset,
    private readonly updateAssetUseCase: UpdateAsset,
    private readonly changeAssetStatusUseCase: ChangeAssetStatus,
    private readonly recordInspectionCertificateUseCase: RecordInspectionCertificate,
  ) {}

  @Query(() => Asset, { description: 'One asset of a campus the caller may see.' })
  @Roles(...STAFF_ROLES)
  async asset(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Asset> {
    return toAsset(await this.repository.findVisible(identity, id));
  }

  @Query(() => AssetConnection, { description: "设备台账: the asset register of the caller's campuses." })
  @Roles(...STAFF_ROLES)
  assets(@CurrentIdentity() identity: Identity, @Args() args: AssetsArgs): Promise<Page<Asset>> {
    const now = new Date();
    return this.repository.list(identity, args, (row) => toAsset(row, now));
  }

  @Query(() => AssetConnection, { description: '超期特种设备: special equipment in the register whose certificate has expired or was never recorded.' })
  @Roles(...STAFF_ROLES)
  overdueSpecialEquipment(@CurrentIdentity() identity: Identity, @Args() args: OverdueSpecialEquipmentArgs): Promise<Page<Asset>> {
    const now = new Date();
    return this.repository.overdueSpecialEquipment(identity, args, (row) => toAsset(row, now), now);
  }

  // No parameter decorators here: Apollo calls __resolveReference(reference, context), and a decorated
  // parameter would make Nest remap the arguments.
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<Asset | null> {
    if (!context.identity) return null;
    const identity = context.identity;
    const row = await batchLoad<string, AssetRow>(context, 'asset', reference.id, (ids) => this.repository.findManyVisible(identity, ids));
    return row ? toAsset(row) : null;
  }

  @ResolveField(() => Asset, { nullable: true })
  async parent(@Parent() asset: Asset, @CurrentIdentity() identity: Identity, @Context() context: RequestContext): Promise<Asset | null> {
    if (!asset.parentAssetId) return null;
    const row = await batchLoad<string, AssetRow>(context, 'assetParent', asset.parentAssetId, (ids) => this.repository.findManyVisible(identity, ids));
    return row ? toAsset(row) : null;
  }

  @ResolveField(() => [Asset])
  async children(@Parent() asset: Asset, @CurrentIdentity() identity: Identity, @Context() context: RequestContext): Promise<Asset[]> {
    // Every child loaded for these parents has one of them as its parent, hence never null here.
    const rows = await batchLoad(context, 'assetChildren', asset.id, async (ids) =>
      groupBy(await this.repository.children(identity, ids), (r) => r.parentAssetId as string),
    );
    const now = new Date();
    return (rows ?? []).map((row) => toAsset(row, now));
  }

  @ResolveField(() => [InspectionCertificate])
  async certificates(@Parent() asset: Asset, @Context() context: RequestContext): Promise<InspectionCertificate[]> {
    const rows = await batchLoad(context, 'assetCertificates', asset.id, async (ids) => groupBy(await this.repository.certificates(ids), (r) => r.assetId));
    return (rows ?? []).map(toInspectionCertificate);
  }

  @ResolveField(() => WorkOrderConnection, { description: 'Work orders raised on this asset, newest first.' })
  workHistory(@Parent() asset: Asset, @CurrentIdentity() identity: Identity, @Args() args: PageArgs): Promise<Page<WorkOrder>> {
    const now = new Date();
    return this.repository.workHistory(identity, asset.id, args, (row) => toWorkOrder(row, now));
  }

  @Mutation(() => Asset, { description: '设备登记: enter an asset in the register.' })
  @Roles(CAMPUS_ADMIN, GROUP_ADMIN)
  async registerAsset(@CurrentIdentity() identity: Identity, @Args('input') input: RegisterAssetInput): Promise<Asset> {
    return toAsset(await this.registerAssetUseCase.execute(identity, input));
  }

  @Mutation(() => Asset, { description: "Correct an asset's descriptive fields or move it in the hierarchy." })
  @Roles(CAMPUS_ADMIN, GROUP_ADMIN)
  async updateAsset(@CurrentIdentity() identity: Identity, @Args('input') input: UpdateAssetInput): Promise<Asset> {
    return toAsset(await this.updateAssetUseCase.execute(identity, input));
  }

  @Mutation(() => Asset, { description: '停用 / 恢复在用 / 报废; a reason is required to take an asset out of service or retire it.' })
  @Roles(...ASSET_LIFECYCLE.roles(AssetAction.TAKE_OUT_OF_SERVICE, AssetAction.RETURN_TO_SERVICE, AssetAction.RETIRE))
  async changeAssetStatus(
    @CurrentIdentity() identity: Identity,
    @Args('assetId', { type: () => ID }) assetId: string,
    @Args('status', { type: () => AssetStatus }) status: AssetStatus,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ): Promise<Asset> {
    return toAsset(await this.changeAssetStatusUseCase.execute(identity, assetId, status, reason));
  }

  @Mutation(() => Asset, { description: '录入检验合格证 of special equipment; returns the asset with its certificate status.' })
  @Roles(DISPATCHER, CAMPUS_ADMIN, GROUP_ADMIN)
  async recordInspectionCertificate(@CurrentIdentity() identity: Identity, @Args('input') input: RecordInspectionCertificateInput): Promise<Asset> {
    return toAsset(await this.recordInspectionCertificateUseCase.execute(identity, input));
  }
}
