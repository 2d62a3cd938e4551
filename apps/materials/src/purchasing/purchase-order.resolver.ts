import { MaterialsRole } from '@houqin/contracts';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Identity } from '@houqin/platform-auth';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { CurrentIdentity, Page, PageArgs, Roles } from '@houqin/platform-graphql';
import { PURCHASING_READERS, STOCK_KEEPERS } from '../materials.roles';
import { Supplier } from '../supplier/supplier.model';
import { SupplierRepository } from '../supplier/supplier.repository';
import { toSupplier } from '../supplier/supplier.model';
import { CreatePurchaseOrder } from './create-purchase-order.use-case';
import { EndPurchaseOrder } from './end-purchase-order.use-case';
import { PurchaseOrderStatus } from './purchase-order-rules';
import { CreatePurchaseOrderInput, ReceivePurchaseOrderInput } from './purchasing.inputs';
import { PurchaseOrder, PurchaseOrderConnection } from './purchasing.model';
import { PurchasingRepository } from './purchasing.repository';
import { ReceivePurchaseOrder } from './receive-purchase-order.use-case';

@Resolver(() => PurchaseOrder)
export class PurchaseOrderResolver {
  constructor(
    private readonly purchasing: PurchasingRepository,
    private readonly suppliers: SupplierRepository,
    private readonly createPurchaseOrderUseCase: CreatePurchaseOrder,
    private readonly receivePurchaseOrderUseCase: ReceivePurchaseOrder,
    private readonly endPurchaseOrderUseCase: EndPurchaseOrder,
  ) {}

  @Query(() => PurchaseOrderConnection, { description: '采购订单 of the caller’s campuses, oldest first.' })
  @Roles(...PURCHASING_READERS)
  purchaseOrders(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('campusId', { type: () => ID, nullable: true }) campusId?: string | null,
    @Args('supplierId', { type: () => ID, nullable: true }) supplierId?: string | null,
    @Args('status', { type: () => PurchaseOrderStatus, nullable: true }) status?: PurchaseOrderStatus | null,
  ): Promise<Page<PurchaseOrder>> {
    const filter = { campusId: optionalUuid('campusId', campusId), supplierId: optionalUuid('supplierId', supplierId), status: status ?? null };
    return this.purchasing.orders(identity, filter, page);
  }

  @Query(() => PurchaseOrder, { description: 'One order with its lines (ordered, accepted, rejected, outstanding, contract price) and its receipts.' })
  @Roles(...PURCHASING_READERS)
  purchaseOrder(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<PurchaseOrder> {
    return this.load(identity, requireUuid('id', id));
  }

  @ResolveField(() => Supplier)
  async supplier(@Parent() order: PurchaseOrder): Promise<Supplier> {
    return toSupplier((await this.suppliers.findByIds([order.supplierId])).get(order.supplierId)!);
  }

  @Mutation(() => PurchaseOrder, {
    description:
      '下单 (purchaser, never the planner of the requests): approved request lines of one warehouse from one supplier, each price checked against the contract.',
  })
  @Roles(MaterialsRole.PURCHASER)
  async createPurchaseOrder(@CurrentIdentity() identity: Identity, @Args('input') input: CreatePurchaseOrderInput): Promise<PurchaseOrder> {
    return this.load(identity, (await this.createPurchaseOrderUseCase.execute(identity, input)).id);
  }

  @Mutation(() => PurchaseOrder, {
    description: '验收入库 (store, never the purchaser): accepted units into stock at the order price, rejected ones recorded with the reason.',
  })
  @Roles(...STOCK_KEEPERS)
  async receivePurchaseOrder(@CurrentIdentity() identity: Identity, @Args('input') input: ReceivePurchaseOrderInput): Promise<PurchaseOrder> {
    return this.load(identity, (await this.receivePurchaseOrderUseCase.execute(identity, input)).id);
  }

  @Mutation(() => PurchaseOrder, { description: '取消 an order nothing has been accepted on; its quantities go back to the requests.' })
  @Roles(MaterialsRole.PURCHASER)
  async cancelPurchaseOrder(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<PurchaseOrder> {
    return this.load(identity, (await this.endPurchaseOrderUseCase.execute(identity, id, PurchaseOrderStatus.CANCELLED, reason)).id);
  }

  @Mutation(() => PurchaseOrder, { description: '短缺关闭 a partly delivered order: the rest is no longer expected and goes back to the requests.' })
  @Roles(MaterialsRole.PURCHASER)
  async closePurchaseOrder(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<PurchaseOrder> {
    return this.load(identity, (await this.endPurchaseOrderUseCase.execute(identity, id, PurchaseOrderStatus.CLOSED, reason)).id);
  }

  private async load(identity: Identity, id: string): Promise<PurchaseOrder> {
    const order = await this.purchasing.order(identity, id);
    if (!order) throw notFound('PurchaseOrder', id);
    return order;
  }
}
