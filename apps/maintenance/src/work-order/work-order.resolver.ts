import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { ALL_ROLES, Identity, Role } from '@houqin/platform-auth';
import { batchLoad, CurrentIdentity, groupBy, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { toTransition, toWorkOrder, toWorkOrderPart, WorkOrder, WorkOrderConnection, WorkOrderPart, WorkOrderTransition } from './work-order.model';
import {
  CompleteWorkOrderInput,
  DispatchWorkOrderInput,
  SignOffWorkOrderInput,
  SubmitRepairRequestInput,
  WorkOrderReasonInput,
  WorkOrdersArgs,
} from './work-order.inputs';
import { WorkOrderRepository } from './work-order.repository';
import { SubmitRepairRequest } from './submit-repair-request.use-case';
import { DispatchWorkOrder } from './dispatch-work-order.use-case';
import { AcceptWorkOrder } from './accept-work-order.use-case';
import { StartWorkOrder } from './start-work-order.use-case';
import { CompleteWorkOrder } from './complete-work-order.use-case';
import { SignOffWorkOrder } from './sign-off-work-order.use-case';
import { CloseWorkOrder } from './close-work-order.use-case';
import { CancelWorkOrder } from './cancel-work-order.use-case';
import { ReopenWorkOrder } from './reopen-work-order.use-case';
import { WorkOrderRow } from './work-order.entity';

const { GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, TECHNICIAN, REQUESTER } = Role;

@Resolver(() => WorkOrder)
export class WorkOrderResolver {
  constructor(
    private readonly repository: WorkOrderRepository,
    private readonly submitRepairRequestUseCase: SubmitRepairRequest,
    private readonly dispatchWorkOrderUseCase: DispatchWorkOrder,
    private readonly acceptWorkOrderUseCase: AcceptWorkOrder,
    private readonly startWorkOrderUseCase: StartWorkOrder,
    private readonly completeWorkOrderUseCase: CompleteWorkOrder,
    private readonly signOffWorkOrderUseCase: SignOffWorkOrder,
    private readonly closeWorkOrderUseCase: CloseWorkOrder,
    private readonly cancelWorkOrderUseCase: CancelWorkOrder,
    private readonly reopenWorkOrderUseCase: ReopenWorkOrder,
  ) {}

  @Query(() => WorkOrder, { description: 'One work order of a campus the caller may see.' })
  @Roles(...ALL_ROLES)
  async workOrder(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<WorkOrder> {
    return toWorkOrder(await this.repository.findVisible(identity, id));
  }

  @Query(() => WorkOrderConnection)
  @Roles(...ALL_ROLES)
  workOrders(@CurrentIdentity() identity: Identity, @Args() args: WorkOrdersArgs): Promise<Page<WorkOrder>> {
    return this.repository.list(identity, args, (row) => toWorkOrder(row));
  }

  // No parameter decorators here: Apollo calls __resolveReference(reference, context), and a decorated
  // parameter would make Nest remap the arguments.
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<WorkOrder | null> {
    if (!context.identity) return null;
    const identity = context.identity;
    const row = await batchLoad<string, WorkOrderRow>(context, 'workOrder', reference.id, (ids) => this.repository.findManyVisible(identity, ids));
    return row ? toWorkOrder(row) : null;
  }

  @ResolveField(() => [WorkOrderPart])
  async parts(@Parent() order: WorkOrder, @Context() context: RequestContext): Promise<WorkOrderPart[]> {
    const rows = await batchLoad(context, 'workOrderParts', order.id, async (ids) => groupBy(await this.repository.parts(ids), (r) => r.workOrderId));
    return (rows ?? []).map(toWorkOrderPart);
  }

  @ResolveField(() => [WorkOrderTransition])
  async timeline(@Parent() order: WorkOrder, @Context() context: RequestContext): Promise<WorkOrderTransition[]> {
    const rows = await batchLoad(context, 'workOrderTimeline', order.id, async (ids) => groupBy(await this.repository.timeline(ids), (r) => r.workOrderId));
    return (rows ?? []).map(toTransition);
  }

  @Mutation(() => WorkOrder, { description: '报修: report a fault.' })
  @Roles(REQUESTER, DISPATCHER, CAMPUS_ADMIN, GROUP_ADMIN)
  async submitRepairRequest(@CurrentIdentity() identity: Identity, @Args('input') input: SubmitRepairRequestInput): Promise<WorkOrder> {
    return toWorkOrder(await this.submitRepairRequestUseCase.execute(identity, input));
  }

  @Mutation(() => WorkOrder, { description: '派工: assign a team and technician.' })
  @Roles(DISPATCHER, CAMPUS_ADMIN, GROUP_ADMIN)
  async dispatchWorkOrder(@CurrentIdentity() identity: Identity, @Args('input') input: DispatchWorkOrderInput): Promise<WorkOrder> {
    return toWorkOrder(await this.dispatchWorkOrderUseCase.execute(identity, input));
  }

  @Mutation(() => WorkOrder, { description: '接单' })
  @Roles(TECHNICIAN, DISPATCHER, CAMPUS_ADMIN)
  async acceptWorkOrder(@CurrentIdentity() identity: Identity, @Args('workOrderId', { type: () => ID }) workOrderId: string): Promise<WorkOrder> {
    return toWorkOrder(await this.acceptWorkOrderUseCase.execute(identity, workOrderId));
  }

  @Mutation(() => WorkOrder, { description: '开工' })
  @Roles(TECHNICIAN, DISPATCHER, CAMPUS_ADMIN)
  async startWorkOrder(@CurrentIdentity() identity: Identity, @Args('workOrderId', { type: () => ID }) workOrderId: string): Promise<WorkOrder> {
    return toWorkOrder(await this.startWorkOrderUseCase.execute(identity, workOrderId));
  }

  @Mutation(() => WorkOrder, { description: '完工: labour minutes and parts used.' })
  @Roles(TECHNICIAN, DISPATCHER, CAMPUS_ADMIN)
  async completeWorkOrder(@CurrentIdentity() identity: Identity, @Args('input') input: CompleteWorkOrderInput): Promise<WorkOrder> {
    return toWorkOrder(await this.completeWorkOrderUseCase.execute(identity, input));
  }

  @Mutation(() => WorkOrder, { description: '维修签单: the requester confirms the repair.' })
  @Roles(REQUESTER, CAMPUS_ADMIN, DISPATCHER)
  async signOffWorkOrder(@CurrentIdentity() identity: Identity, @Args('input') input: SignOffWorkOrderInput): Promise<WorkOrder> {
    return toWorkOrder(await this.signOffWorkOrderUseCase.execute(identity, input));
  }

  @Mutation(() => WorkOrder, { description: '关闭' })
  @Roles(DISPATCHER, CAMPUS_ADMIN, GROUP_ADMIN)
  async closeWorkOrder(@CurrentIdentity() identity: Identity, @Args('workOrderId', { type: () => ID }) workOrderId: string): Promise<WorkOrder> {
    return toWorkOrder(await this.closeWorkOrderUseCase.execute(identity, workOrderId));
  }

  @Mutation(() => WorkOrder, { description: '取消, with a reason.' })
  @Roles(REQUESTER, DISPATCHER, CAMPUS_ADMIN, GROUP_ADMIN)
  async cancelWorkOrder(@CurrentIdentity() identity: Identity, @Args('input') input: WorkOrderReasonInput): Promise<WorkOrder> {
    return toWorkOrder(await this.cancelWorkOrderUseCase.execute(identity, input));
  }

  @Mutation(() => WorkOrder, { description: '返修: reopen, with a reason.' })
  @Roles(REQUESTER, DISPATCHER, CAMPUS_ADMIN, GROUP_ADMIN)
  async reopenWorkOrder(@CurrentIdentity() identity: Identity, @Args('input') input: WorkOrderReasonInput): Promise<WorkOrder> {
    return toWorkOrder(await this.reopenWorkOrderUseCase.execute(identity, input));
  }
}
