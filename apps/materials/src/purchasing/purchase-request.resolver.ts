import { MaterialsRole } from '@houqin/contracts';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@houqin/platform-auth';
import type { Identity } from '@houqin/platform-auth';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { CurrentIdentity, Page, PageArgs, Roles } from '@houqin/platform-graphql';
import { PURCHASING_READERS } from '../materials.roles';
import { WarehouseRepository } from '../warehouse/warehouse.repository';
import { CreatePurchaseRequest } from './create-purchase-request.use-case';
import { DecidePurchaseRequest, PURCHASE_APPROVERS } from './decide-purchase-request.use-case';
import { PurchaseDemandQuery } from './purchase-demand.query';
import { PurchaseRequestStatus } from './purchase-request-rules';
import { CreatePurchaseRequestInput, ResolvePurchaseDuplicateInput } from './purchasing.inputs';
import { PurchaseDemandSuggestion, PurchaseRequest, PurchaseRequestConnection } from './purchasing.model';
import { PurchasingRepository } from './purchasing.repository';
import { ResolvePurchaseDuplicate } from './resolve-purchase-duplicate.use-case';

@Resolver(() => PurchaseRequest)
export class PurchaseRequestResolver {
  constructor(
    private readonly purchasing: PurchasingRepository,
    private readonly warehouses: WarehouseRepository,
    private readonly demand: PurchaseDemandQuery,
    private readonly createPurchaseRequestUseCase: CreatePurchaseRequest,
    private readonly resolvePurchaseDuplicateUseCase: ResolvePurchaseDuplicate,
    private readonly decidePurchaseRequestUseCase: DecidePurchaseRequest,
  ) {}

  @Query(() => PurchaseRequestConnection, { description: '采购申请 of the caller’s campuses, oldest first.' })
  @Roles(...PURCHASING_READERS)
  purchaseRequests(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('campusId', { type: () => ID, nullable: true }) campusId?: string | null,
    @Args('status', { type: () => PurchaseRequestStatus, nullable: true }) status?: PurchaseRequestStatus | null,
  ): Promise<Page<PurchaseRequest>> {
    return this.purchasing.requests(identity, { campusId: optionalUuid('campusId', campusId), status: status ?? null }, page);
  }

  @Query(() => PurchaseRequest)
  @Roles(...PURCHASING_READERS)
  purchaseRequest(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<PurchaseRequest> {
    return this.load(identity, requireUuid('id', id));
  }

  @Query(() => [PurchaseDemandSuggestion], {
    description: '采购需求建议: reorder suggestions and unfillable requisition backorders of a warehouse, one line per item, ready for createPurchaseRequest.',
  })
  @Roles(MaterialsRole.PLANNER, MaterialsRole.MATERIALS_MANAGER, Role.CAMPUS_ADMIN, Role.GROUP_ADMIN)
  async purchaseDemand(
    @CurrentIdentity() identity: Identity,
    @Args('warehouseId', { type: () => ID }) warehouseId: string,
  ): Promise<PurchaseDemandSuggestion[]> {
    return this.demand.suggestions(await this.warehouses.getVisible(identity, 'warehouseId', warehouseId));
  }

  @Mutation(() => PurchaseRequest, {
    description:
      '提出采购申请 (planner): demands become one line per item; a line already requested at the campus and waiting for approval is merged into that request, one already approved or on order is flagged.',
  })
  @Roles(MaterialsRole.PLANNER)
  async createPurchaseRequest(@CurrentIdentity() identity: Identity, @Args('input') input: CreatePurchaseRequestInput): Promise<PurchaseRequest> {
    return this.load(identity, (await this.createPurchaseRequestUseCase.execute(identity, input)).id);
  }

  @Mutation(() => PurchaseRequest, { description: '处理重复提示 (planner): drop a flagged line, or keep it with a reason.' })
  @Roles(MaterialsRole.PLANNER)
  async resolvePurchaseDuplicate(@CurrentIdentity() identity: Identity, @Args('input') input: ResolvePurchaseDuplicateInput): Promise<PurchaseRequest> {
    return this.load(identity, (await this.resolvePurchaseDuplicateUseCase.execute(identity, input)).id);
  }

  @Mutation(() => PurchaseRequest, { description: '审批 (materials office, never the planner who raised it).' })
  @Roles(...PURCHASE_APPROVERS)
  async approvePurchaseRequest(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('comment', { type: () => String, nullable: true }) comment?: string | null,
  ): Promise<PurchaseRequest> {
    return this.load(identity, (await this.decidePurchaseRequestUseCase.execute(identity, id, PurchaseRequestStatus.APPROVED, comment)).id);
  }

  @Mutation(() => PurchaseRequest, { description: '驳回 with a reason (materials office, never the planner who raised it).' })
  @Roles(...PURCHASE_APPROVERS)
  async rejectPurchaseRequest(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<PurchaseRequest> {
    return this.load(identity, (await this.decidePurchaseRequestUseCase.execute(identity, id, PurchaseRequestStatus.REJECTED, reason)).id);
  }

  @Mutation(() => PurchaseRequest, { description: '取消 a request nothing has been ordered from (its planner, or the materials office).' })
  @Roles(MaterialsRole.PLANNER, ...PURCHASE_APPROVERS)
  async cancelPurchaseRequest(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<PurchaseRequest> {
    return this.load(identity, (await this.decidePurchaseRequestUseCase.execute(identity, id, PurchaseRequestStatus.CANCELLED, reason)).id);
  }

  private async load(identity: Identity, id: string): Promise<PurchaseRequest> {
    const request = await this.purchasing.request(identity, id);
    if (!request) throw notFound('PurchaseRequest', id);
    return request;
  }
}
