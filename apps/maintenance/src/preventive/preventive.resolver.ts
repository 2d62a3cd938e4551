import { MaintenanceRole } from '@houqin/contracts';
import { Args, Context, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity, Role } from '@houqin/platform-auth';
import { notFound } from '@houqin/platform-errors';
import { batchLoad, CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { AssetRow } from '../asset/asset.entity';
import { Asset, toAsset } from '../asset/asset.model';
import { AssetRepository } from '../asset/asset.repository';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { toWorkOrder, WorkOrder } from '../work-order/work-order.model';
import { WorkOrderRepository } from '../work-order/work-order.repository';
import { CompletePmTask } from './complete-pm-task.use-case';
import { CreatePmPlan } from './create-pm-plan.use-case';
import { DeactivatePmPlan } from './deactivate-pm-plan.use-case';
import { DeferPmTask } from './defer-pm-task.use-case';
import { PmComplianceQuery } from './pm-compliance.query';
import { PmMeter } from './pm-schedule';
import { PmPlanRow } from './preventive.entity';
import { CreatePmPlanInput, PmComplianceArgs, PmItemResultInput, PmPlansArgs, PmTasksArgs } from './preventive.inputs';
import {
  AssetMeterReading,
  PmComplianceRow,
  PmPlan,
  PmPlanConnection,
  PmTask,
  PmTaskConnection,
  toAssetMeterReading,
  toPmPlan,
  toPmTask,
} from './preventive.model';
import { PreventiveRepository } from './preventive.repository';
import { RecordMeterReading } from './record-meter-reading.use-case';
import { SkipPmTask } from './skip-pm-task.use-case';

const { GROUP_ADMIN, CAMPUS_ADMIN, ANALYST } = Role;
const { DISPATCHER, TECHNICIAN } = MaintenanceRole;

/** The asset of a plan or a task, one query per request for a page of them. */
function loadAsset(context: RequestContext, identity: Identity, assets: AssetRepository, assetId: string): Promise<AssetRow | undefined> {
  return batchLoad<string, AssetRow>(context, 'pmAsset', assetId, (ids) => assets.findManyVisible(identity, ids));
}

/** Preventive maintenance (预防性维护): plans, meter readings, tasks and the compliance KPI. */
@Resolver(() => PmTask)
export class PreventiveResolver {
  constructor(
    private readonly repository: PreventiveRepository,
    private readonly assets: AssetRepository,
    private readonly workOrders: WorkOrderRepository,
    private readonly compliance: PmComplianceQuery,
    private readonly createPmPlanUseCase: CreatePmPlan,
    private readonly deactivatePmPlanUseCase: DeactivatePmPlan,
    private readonly recordMeterReadingUseCase: RecordMeterReading,
    private readonly completePmTaskUseCase: CompletePmTask,
    private readonly skipPmTaskUseCase: SkipPmTask,
    private readonly deferPmTaskUseCase: DeferPmTask,
  ) {}

  @Query(() => PmPlanConnection, { description: "保养计划 of the caller's campuses, oldest first." })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, TECHNICIAN, ANALYST)
  async pmPlans(@CurrentIdentity() identity: Identity, @Args() args: PmPlansArgs): Promise<Page<PmPlan>> {
    const asset = args.assetId ? await this.assets.findVisible(identity, args.assetId) : null;
    return this.repository.plans(identity, args, asset, toPmPlan);
  }

  @Query(() => PmTaskConnection, { description: "保养任务 of the caller's campuses, in the order they were generated." })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, TECHNICIAN, ANALYST)
  pmTasks(@CurrentIdentity() identity: Identity, @Args() args: PmTasksArgs): Promise<Page<PmTask>> {
    const now = new Date();
    return this.repository.tasks(identity, args, (row) => toPmTask(row, now));
  }

  @Query(() => PmTask, { description: 'One PM task of a campus the caller may see.' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, TECHNICIAN, ANALYST)
  async pmTask(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<PmTask> {
    return toPmTask(await this.repository.findVisibleTask(identity, id));
  }

  @Query(() => [PmComplianceRow], { description: '保养完成率 by month or asset category, computed in SQL; see PmComplianceRow for the definition.' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, ANALYST)
  pmCompliance(@CurrentIdentity() identity: Identity, @Args() args: PmComplianceArgs): Promise<PmComplianceRow[]> {
    return this.compliance.compute(identity, args);
  }

  @ResolveField(() => PmPlan)
  async plan(@Parent() task: PmTask, @CurrentIdentity() identity: Identity, @Context() context: RequestContext): Promise<PmPlan> {
    const row = await batchLoad<string, PmPlanRow>(context, 'pmPlan', task.planId, (ids) => this.repository.findPlans(identity, ids));
    if (!row) throw notFound('PmPlan', task.planId);
    return toPmPlan(row);
  }

  @ResolveField(() => Asset)
  async asset(@Parent() task: PmTask, @CurrentIdentity() identity: Identity, @Context() context: RequestContext): Promise<Asset> {
    const row = await loadAsset(context, identity, this.assets, task.assetId);
    if (!row) throw notFound('Asset', task.assetId);
    return toAsset(row);
  }

  @ResolveField(() => [WorkOrder])
  async correctiveWorkOrders(@Parent() task: PmTask, @CurrentIdentity() identity: Identity, @Context() context: RequestContext): Promise<WorkOrder[]> {
    const rows = await Promise.all(
      task.correctiveWorkOrderIds.map((id) =>
        batchLoad<string, WorkOrderRow>(context, 'pmCorrectiveWorkOrder', id, (ids) => this.workOrders.findManyVisible(identity, ids)),
      ),
    );
    const now = new Date();
    return rows.filter((row): row is WorkOrderRow => row !== undefined).map((row) => toWorkOrder(row, now));
  }

  @Mutation(() => PmPlan, { description: '新建保养计划 for one asset or an asset category of a campus.' })
  @Roles(CAMPUS_ADMIN, GROUP_ADMIN)
  async createPmPlan(@CurrentIdentity() identity: Identity, @Args('input') input: CreatePmPlanInput): Promise<PmPlan> {
    return toPmPlan(await this.createPmPlanUseCase.execute(identity, input));
  }

  @Mutation(() => PmPlan, { description: '停用保养计划: no more tasks are generated; open tasks stay.' })
  @Roles(CAMPUS_ADMIN, GROUP_ADMIN)
  async deactivatePmPlan(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ): Promise<PmPlan> {
    return toPmPlan(await this.deactivatePmPlanUseCase.execute(identity, id, reason));
  }

  @Mutation(() => AssetMeterReading, { description: "录入表计读数 (running hours, cycles); never below the meter's last reading." })
  @Roles(TECHNICIAN, DISPATCHER, CAMPUS_ADMIN)
  async recordMeterReading(
    @CurrentIdentity() identity: Identity,
    @Args('assetId', { type: () => ID }) assetId: string,
    @Args('meter', { type: () => PmMeter }) meter: PmMeter,
    @Args('value', { type: () => Float }) value: number,
  ): Promise<AssetMeterReading> {
    return toAssetMeterReading(await this.recordMeterReadingUseCase.execute(identity, assetId, meter, value));
  }

  @Mutation(() => PmTask, { description: '完成保养: answer every checklist item; each failed item opens one HIGH-priority corrective work order.' })
  @Roles(TECHNICIAN, DISPATCHER, CAMPUS_ADMIN)
  async completePmTask(
    @CurrentIdentity() identity: Identity,
    @Args('taskId', { type: () => ID }) taskId: string,
    @Args('results', { type: () => [PmItemResultInput] }) results: PmItemResultInput[],
  ): Promise<PmTask> {
    return toPmTask(await this.completePmTaskUseCase.execute(identity, taskId, results));
  }

  @Mutation(() => PmTask, { description: '跳过保养, with a reason; it counts against compliance.' })
  @Roles(DISPATCHER, CAMPUS_ADMIN)
  async skipPmTask(
    @CurrentIdentity() identity: Identity,
    @Args('taskId', { type: () => ID }) taskId: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<PmTask> {
    return toPmTask(await this.skipPmTaskUseCase.execute(identity, taskId, reason));
  }

  @Mutation(() => PmTask, { description: "延期保养 to a later day (YYYY-MM-DD), not before today and before the plan's next occurrence, with a reason." })
  @Roles(DISPATCHER, CAMPUS_ADMIN)
  async deferPmTask(
    @CurrentIdentity() identity: Identity,
    @Args('taskId', { type: () => ID }) taskId: string,
    @Args('newDueOn', { type: () => String }) newDueOn: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<PmTask> {
    return toPmTask(await this.deferPmTaskUseCase.execute(identity, taskId, newDueOn, reason));
  }
}

/** The asset a plan covers, when it covers one. */
@Resolver(() => PmPlan)
export class PmPlanResolver {
  constructor(private readonly assets: AssetRepository) {}

  @ResolveField(() => Asset, { nullable: true })
  async asset(@Parent() plan: PmPlan, @CurrentIdentity() identity: Identity, @Context() context: RequestContext): Promise<Asset | null> {
    if (!plan.assetId) return null;
    const row = await loadAsset(context, identity, this.assets, plan.assetId);
    return row ? toAsset(row) : null;
  }
}
