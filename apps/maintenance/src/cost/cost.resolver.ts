import { MaintenanceRole } from '@houqin/contracts';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity, Role } from '@houqin/platform-auth';
import { requireCampusInScope } from '@houqin/platform-database';
import { DomainError } from '@houqin/platform-errors';
import { batchLoad, CurrentIdentity, groupBy, RequestContext, Roles } from '@houqin/platform-graphql';
import { DataSource, In } from 'typeorm';
import { WorkOrder } from '../work-order/work-order.model';
import { reportCampuses } from '../common/report-scope';
import { CostLedger } from './cost-ledger';
import { LabourRateRow, WorkOrderTimeLogRow } from './cost.entity';
import { DepartmentCostsArgs, LogWorkTimeInput, SetLabourRateInput } from './cost.inputs';
import {
  DepartmentMaintenanceCost,
  LabourRate,
  toDepartmentCost,
  toLabourRate,
  toWorkOrderCost,
  toWorkTimeLog,
  WorkOrderCost,
  WorkTimeLog,
} from './cost.model';
import { LogWorkTime } from './log-work-time.use-case';
import { SetLabourRate } from './set-labour-rate.use-case';

const { GROUP_ADMIN, CAMPUS_ADMIN, ANALYST } = Role;
const { DISPATCHER, TECHNICIAN } = MaintenanceRole;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Labour, parts and vendor costs: on each order, and per department and month for finance. */
@Resolver(() => WorkOrder)
export class CostResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: CostLedger,
    private readonly setLabourRateUseCase: SetLabourRate,
    private readonly logWorkTimeUseCase: LogWorkTime,
  ) {}

  @ResolveField(() => WorkOrderCost, { description: 'What the order cost so far (labour + parts + vendors), in fen.' })
  async cost(@Parent() order: WorkOrder, @Context() context: RequestContext): Promise<WorkOrderCost> {
    const costs = await batchLoad(context, 'workOrderCost', order.id, (ids) => this.ledger.byWorkOrder(this.dataSource.manager, ids));
    return toWorkOrderCost(costs ?? { labourFen: 0, partsFen: 0, vendorFen: 0 });
  }

  @ResolveField(() => [WorkTimeLog], { description: '工时记录, oldest first.' })
  async timeLogs(@Parent() order: WorkOrder, @Context() context: RequestContext): Promise<WorkTimeLog[]> {
    const rows = await batchLoad(context, 'workOrderTimeLogs', order.id, async (ids) =>
      groupBy(await this.dataSource.manager.find(WorkOrderTimeLogRow, { where: { workOrderId: In(ids) }, order: { id: 'ASC' } }), (r) => r.workOrderId),
    );
    return (rows ?? []).map(toWorkTimeLog);
  }

  @Query(() => [LabourRate], { description: "A campus's labour rates, newest first." })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, ANALYST)
  async labourRates(@CurrentIdentity() identity: Identity, @Args('campusId', { type: () => ID }) campusId: string): Promise<LabourRate[]> {
    requireCampusInScope(identity, campusId);
    const rows = await this.dataSource.manager.find(LabourRateRow, { where: { campusId }, order: { effectiveFrom: 'DESC', id: 'DESC' } });
    return rows.map(toLabourRate);
  }

  @Query(() => [DepartmentMaintenanceCost], { description: 'Maintenance costs per department of a month (what finance receives when it closes).' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, ANALYST)
  async departmentMaintenanceCosts(@CurrentIdentity() identity: Identity, @Args() args: DepartmentCostsArgs): Promise<DepartmentMaintenanceCost[]> {
    if (!MONTH.test(args.month)) throw new DomainError('INVALID_INPUT', { detail: 'month must be YYYY-MM' });
    return (await this.ledger.byDepartment(this.dataSource.manager, args.month, reportCampuses(identity, args.campusId))).map(toDepartmentCost);
  }

  @Mutation(() => LabourRate, { description: '工时单价: set a campus or team rate from a day on.' })
  @Roles(CAMPUS_ADMIN, GROUP_ADMIN)
  async setLabourRate(@CurrentIdentity() identity: Identity, @Args('input') input: SetLabourRateInput): Promise<LabourRate> {
    return toLabourRate(await this.setLabourRateUseCase.execute(identity, input));
  }

  @Mutation(() => WorkTimeLog, { description: '工时: log time worked on an order.' })
  @Roles(TECHNICIAN, DISPATCHER, CAMPUS_ADMIN)
  async logWorkTime(@CurrentIdentity() identity: Identity, @Args('input') input: LogWorkTimeInput): Promise<WorkTimeLog> {
    return toWorkTimeLog(await this.logWorkTimeUseCase.execute(identity, input));
  }
}
