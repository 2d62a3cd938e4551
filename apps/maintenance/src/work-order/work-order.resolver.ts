import { MaintenanceRole } from '@houqin/contracts';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { STAFF_ROLES, Identity, Role } from '@houqin/platform-auth';
import { requireCampusInScope } from '@houqin/platform-database';
import { DataSource } from 'typeorm';
import { batchLoad, CurrentIdentity, groupBy, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import {
  RoutingRule,
  SlaEscalation,
  SlaTarget,
  toClockPause,
  toRoutingRule,
  toEscalation,
  toSlaTargets,
  toTransition,
  toWorkOrder,
  toWorkOrderPart,
  WorkOrder,
  WorkOrderClockPause,
  WorkOrderConnection,
  WorkOrderPart,
  WorkOrderTransition,
} from './work-order.model';
import {
  CompleteWorkOrderInput,
  DispatchWorkOrderInput,
  PauseWorkOrderClockInput,
  SetRoutingRulesInput,
  SetSlaTargetsInput,
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
import { WORK_ORDER_LIFECYCLE, WorkOrderAction } from './work-order-lifecycle';
import { PauseWorkOrderClock } from './pause-work-order-clock.use-case';
import { ResumeWorkOrderClock } from './resume-work-order-clock.use-case';
import { SetSlaTargets } from './set-sla-targets.use-case';
import { routingRulesOf, SetRoutingRules } from './set-routing-rules.use-case';
import { SlaTargets } from './sla-targets';

const { GROUP_ADMIN, CAMPUS_ADMIN, REQUESTER } = Role;
const { DISPATCHER } = MaintenanceRole;

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
    private readonly pauseWorkOrderClockUseCase: PauseWorkOrderClock,
    private readonly resumeWorkOrderClockUseCase: ResumeWorkOrderClock,
    private readonly setSlaTargetsUseCase: SetSlaTargets,
    private readonly setRoutingRulesUseCase: SetRoutingRules,
    private readonly targets: SlaTargets,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => [SlaTarget], { description: "A campus's SLA targets per priority (its own or the platform defaults)." })
  @Roles(...STAFF_ROLES)
  async slaTargets(@CurrentIdentity() identity: Identity, @Args('campusId', { type: () => ID }) campusId: string): Promise<SlaTarget[]> {
    requireCampusInScope(identity, campusId);
    return toSlaTargets(await this.targets.minutesFor(this.dataSource.manager, campusId));
  }

  @Query(() => [RoutingRule], { description: "A campus's routing table (派工规则), most specific rule first when matching." })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER)
  async routingRules(@CurrentIdentity() identity: Identity, @Args('campusId', { type: () => ID }) campusId: string): Promise<RoutingRule[]> {
    requireCampusInScope(identity, campusId);
    return (await routingRulesOf(this.dataSource.manager, campusId)).map(toRoutingRule);
  }

  @Query(() => WorkOrder, { description: 'One work order of a campus the caller may see.' })
  @Roles(...STAFF_ROLES)
  async workOrder(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<WorkOrder> {
    return toWorkOrder(await this.repository.findVisible(identity, id));
  }

  @Query(() => WorkOrderConnection)
  @Roles(...STAFF_ROLES)
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

  @ResolveField(() => [WorkOrderClockPause])
  async clockPauses(@Parent() order: WorkOrder, @Context() context: RequestContext): Promise<WorkOrderClockPause[]> {
    const rows = await batchLoad(context, 'workOrderClockPauses', order.id, async (ids) =>
      groupBy(await this.repository.clockPauses(ids), (r) => r.workOrderId),
    );
    return (rows ?? []).map(toClockPause);
  }

  @ResolveField(() => [SlaEscalation])
  async escalations(@Parent() order: WorkOrder, @Context() context: RequestContext): Promise<SlaEscalation[]> {
    const rows = await batchLoad(context, 'workOrderEscalations', order.id, async (ids) =>
      groupBy(await this.repository.escalations(ids), (r) => r.workOrderId),
    );
    return (rows ?? []).map(toEscalation);
  }

  @Mutation(() => WorkOrder, {
    description:
      '报修: report a fault. A requester reporting a fault that already has an open order (same location or asset, same category) gets that order back instead of a new one; their report is linked to it (WorkOrder.duplicateReports, event maintenance.intake.duplicate-reported.v1). Dispatchers and admins always open a new order.',
  })
  @Roles(REQUESTER, DISPATCHER, CAMPUS_ADMIN, GROUP_ADMIN)
  async submitRepairRequest(@CurrentIdentity() identity: Identity, @Args('input') input: SubmitRepairRequestInput): Promise<WorkOrder> {
    return toWorkOrder(await this.submitRepairRequestUseCase.execute(identity, input));
  }

  @Mutation(() => WorkOrder, { description: '派工: assign a team and technician.' })
  @Roles(...WORK_ORDER_LIFECYCLE.roles(WorkOrderAction.DISPATCH))
  async dispatchWorkOrder(@CurrentIdentity() identity: Identity, @Args('input') input: DispatchWorkOrderInput): Promise<WorkOrder> {
    return toWorkOrder(await this.dispatchWorkOrderUseCase.execute(identity, input));
  }

  @Mutation(() => WorkOrder, { description: '接单' })
  @Roles(...WORK_ORDER_LIFECYCLE.roles(WorkOrderAction.ACCEPT))
  async acceptWorkOrder(@CurrentIdentity() identity: Identity, @Args('workOrderId', { type: () => ID }) workOrderId: string): Promise<WorkOrder> {
    return toWorkOrder(await this.acceptWorkOrderUseCase.execute(identity, workOrderId));
  }

  @Mutation(() => WorkOrder, { description: '开工' })
  @Roles(...WORK_ORDER_LIFECYCLE.roles(WorkOrderAction.START))
  async startWorkOrder(@CurrentIdentity() identity: Identity, @Args('workOrderId', { type: () => ID }) workOrderId: string): Promise<WorkOrder> {
    return toWorkOrder(await this.startWorkOrderUseCase.execute(identity, workOrderId));
  }

  @Mutation(() => WorkOrder, { description: '完工: labour minutes and parts used.' })
  @Roles(...WORK_ORDER_LIFECYCLE.roles(WorkOrderAction.COMPLETE))
  async completeWorkOrder(@CurrentIdentity() identity: Identity, @Args('input') input: CompleteWorkOrderInput): Promise<WorkOrder> {
    return toWorkOrder(await this.completeWorkOrderUseCase.execute(identity, input));
  }

  @Mutation(() => WorkOrder, { description: '维修签单: the requester confirms the repair.' })
  @Roles(...WORK_ORDER_LIFECYCLE.roles(WorkOrderAction.SIGN_OFF))
  async signOffWorkOrder(@CurrentIdentity() identity: Identity, @Args('input') input: SignOffWorkOrderInput): Promise<WorkOrder> {
    return toWorkOrder(await this.signOffWorkOrderUseCase.execute(identity, input));
  }

  @Mutation(() => WorkOrder, { description: '关闭' })
  @Roles(...WORK_ORDER_LIFECYCLE.roles(WorkOrderAction.CLOSE))
  async closeWorkOrder(@CurrentIdentity() identity: Identity, @Args('workOrderId', { type: () => ID }) workOrderId: string): Promise<WorkOrder> {
    return toWorkOrder(await this.closeWorkOrderUseCase.execute(identity, workOrderId));
  }

  @Mutation(() => WorkOrder, { description: '取消, with a reason.' })
  @Roles(...WORK_ORDER_LIFECYCLE.roles(WorkOrderAction.CANCEL))
  async cancelWorkOrder(@CurrentIdentity() identity: Identity, @Args('input') input: WorkOrderReasonInput): Promise<WorkOrder> {
    return toWorkOrder(await this.cancelWorkOrderUseCase.execute(identity, input));
  }

  @Mutation(() => WorkOrder, { description: '返修: reopen, with a reason.' })
  @Roles(...WORK_ORDER_LIFECYCLE.roles(WorkOrderAction.REOPEN))
  async reopenWorkOrder(@CurrentIdentity() identity: Identity, @Args('input') input: WorkOrderReasonInput): Promise<WorkOrder> {
    return toWorkOrder(await this.reopenWorkOrderUseCase.execute(identity, input));
  }

  @Mutation(() => WorkOrder, { description: '挂起: pause the resolution clock while waiting for parts, a vendor or access.' })
  @Roles(...WORK_ORDER_LIFECYCLE.roles(WorkOrderAction.PAUSE_CLOCK))
  async pauseWorkOrderClock(@CurrentIdentity() identity: Identity, @Args('input') input: PauseWorkOrderClockInput): Promise<WorkOrder> {
    return toWorkOrder(await this.pauseWorkOrderClockUseCase.execute(identity, input));
  }

  @Mutation(() => WorkOrder, { description: '恢复计时: the clock runs again, its due time moved on by the pause.' })
  @Roles(...WORK_ORDER_LIFECYCLE.roles(WorkOrderAction.RESUME_CLOCK))
  async resumeWorkOrderClock(@CurrentIdentity() identity: Identity, @Args('workOrderId', { type: () => ID }) workOrderId: string): Promise<WorkOrder> {
    return toWorkOrder(await this.resumeWorkOrderClockUseCase.execute(identity, workOrderId));
  }

  @Mutation(() => [SlaTarget], { description: "Set a campus's SLA targets; orders submitted or reopened from now on use them." })
  @Roles(CAMPUS_ADMIN, GROUP_ADMIN)
  async setSlaTargets(@CurrentIdentity() identity: Identity, @Args('input') input: SetSlaTargetsInput): Promise<SlaTarget[]> {
    return toSlaTargets(await this.setSlaTargetsUseCase.execute(identity, input));
  }

  @Mutation(() => [RoutingRule], { description: "Replace a campus's routing table; requests submitted from now on are routed by it." })
  @Roles(CAMPUS_ADMIN, GROUP_ADMIN)
  async setRoutingRules(@CurrentIdentity() identity: Identity, @Args('input') input: SetRoutingRulesInput): Promise<RoutingRule[]> {
    return (await this.setRoutingRulesUseCase.execute(identity, input)).map(toRoutingRule);
  }
}
