import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity, Role, STAFF_ROLES } from '@houqin/platform-auth';
import { requireUuid } from '@houqin/platform-errors';
import { CurrentIdentity, Roles } from '@houqin/platform-graphql';
import { DataSource } from 'typeorm';
import { SubmitPortalReportInput } from './portal.inputs';
import { PortalReceipt, PortalReportStatus, PortalTrade, RepairPortal } from './portal.model';
import { RepairPortalQuery } from './repair-portal.query';
import { SubmitPortalReport } from './submit-portal-report.use-case';

/** 扫码报修: the operations a scanned label's session may call, and nothing else; and the trades the console offers. */
@Resolver()
export class PortalResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly query: RepairPortalQuery,
    private readonly submitPortalReportUseCase: SubmitPortalReport,
  ) {}

  @Query(() => RepairPortal, { description: "The scanned label's place, the trades to pick from with their questions, and orders already open there." })
  @Roles(Role.PORTAL_REPORTER)
  repairPortal(@CurrentIdentity() identity: Identity): Promise<RepairPortal> {
    return this.query.portal(identity);
  }

  @Query(() => [PortalTrade], { description: "报修类别: the trades the console's request form offers (the scan page's), with the campus's intake questions." })
  @Roles(...STAFF_ROLES)
  repairTrades(@CurrentIdentity() identity: Identity, @Args('campusId', { type: () => ID }) campusId: string): Promise<PortalTrade[]> {
    return this.query.tradesOnCampus(identity, requireUuid('campusId', campusId));
  }

  @Mutation(() => PortalReceipt, { description: "扫码报修: report a fault at the label's place; keep the follow-up code to watch it." })
  @Roles(Role.PORTAL_REPORTER)
  async submitPortalReport(@CurrentIdentity() identity: Identity, @Args('input') input: SubmitPortalReportInput): Promise<PortalReceipt> {
    const receipt = await this.submitPortalReportUseCase.execute(identity, input);
    const [status] = await this.query.statuses(this.dataSource.manager, [receipt.report], new Map([[receipt.report.followUpHash, receipt.followUpCode]]));
    return { followUpCode: receipt.followUpCode, workOrderId: receipt.order.id, report: status };
  }

  @Query(() => [PortalReportStatus], {
    description: '进度查询: the reports behind these follow-up codes (at most 20), newest first; unknown codes are left out.',
  })
  @Roles(Role.PORTAL_REPORTER)
  portalReports(
    @CurrentIdentity() identity: Identity,
    @Args('followUpCodes', { type: () => [String] }) followUpCodes: string[],
  ): Promise<PortalReportStatus[]> {
    return this.query.followUp(identity, followUpCodes);
  }
}
