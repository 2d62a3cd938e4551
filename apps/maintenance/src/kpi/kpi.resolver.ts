import { MaintenanceRole } from '@houqin/contracts';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Identity, Role } from '@houqin/platform-auth';
import { CurrentIdentity, Roles } from '@houqin/platform-graphql';
import { MaintenanceBacklogArgs, MaintenanceReportArgs } from './kpi.inputs';
import { MaintenanceBacklogRow, MaintenanceKpiRow, SlaComplianceRow, toBacklogRow, toMaintenanceKpiRow, toSlaComplianceRow } from './kpi.model';
import { MaintenanceKpiQuery } from './maintenance-kpi.query';

const { GROUP_ADMIN, CAMPUS_ADMIN, ANALYST } = Role;
const { DISPATCHER } = MaintenanceRole;

/** KPIs for the campus admins and the group's analysts, computed in SQL. */
@Resolver()
export class KpiResolver {
  constructor(private readonly report: MaintenanceKpiQuery) {}

  @Query(() => [SlaComplianceRow], { description: 'SLA compliance by campus, team, category or month.' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, ANALYST)
  async slaCompliance(@CurrentIdentity() identity: Identity, @Args() args: MaintenanceReportArgs): Promise<SlaComplianceRow[]> {
    return (await this.report.compute(identity, args)).map((f) => toSlaComplianceRow(f, args.groupBy));
  }

  @Query(() => [MaintenanceKpiRow], { description: '维修 KPIs: response time, MTTR, time to close, SLA compliance, first-time fix and reopen rates.' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, ANALYST)
  async maintenanceKpis(@CurrentIdentity() identity: Identity, @Args() args: MaintenanceReportArgs): Promise<MaintenanceKpiRow[]> {
    return (await this.report.compute(identity, args)).map((f) => toMaintenanceKpiRow(f, args.groupBy));
  }

  @Query(() => [MaintenanceBacklogRow], { description: '积压: the open orders now, by age.' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, ANALYST)
  async maintenanceBacklog(@CurrentIdentity() identity: Identity, @Args() args: MaintenanceBacklogArgs): Promise<MaintenanceBacklogRow[]> {
    return (await this.report.backlog(identity, args)).map((f) => toBacklogRow(f, args.groupBy));
  }
}
