import { MaintenanceRole } from '@houqin/contracts';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity, Role } from '@houqin/platform-auth';
import { batchLoad, CurrentIdentity, groupBy, RequestContext, Roles } from '@houqin/platform-graphql';
import { DataSource, In } from 'typeorm';
import { WorkOrder } from '../work-order/work-order.model';
import { IssueRepairLabel } from './issue-repair-label.use-case';
import { PrintRepairLabelSheet } from './print-repair-label-sheet.use-case';
import { PrintRepairLabelSheetInput } from './portal.inputs';
import { PortalContact, RepairLabel, RepairLabelSheet } from './portal.model';
import { PortalReportRow } from './portal.entity';
import { RepairLabelView } from './repair-label-view';
import { WithdrawRepairLabel } from './withdraw-repair-label.use-case';

const { GROUP_ADMIN, CAMPUS_ADMIN } = Role;
const { DISPATCHER } = MaintenanceRole;

/** 报修码 in the console: issue, print and withdraw the QR labels; see who reported from them. */
@Resolver(() => WorkOrder)
export class RepairLabelResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: RepairLabelView,
    private readonly issueRepairLabelUseCase: IssueRepairLabel,
    private readonly withdrawRepairLabelUseCase: WithdrawRepairLabel,
    private readonly printRepairLabelSheetUseCase: PrintRepairLabelSheet,
  ) {}

  @Mutation(() => RepairLabel, { description: 'The QR label of a place or an asset (give one), issued on first ask; asking again returns the same label.' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER)
  async issueRepairLabel(
    @CurrentIdentity() identity: Identity,
    @Args('locationId', { type: () => ID, nullable: true }) locationId?: string,
    @Args('assetId', { type: () => ID, nullable: true }) assetId?: string,
  ): Promise<RepairLabel> {
    return this.views.view(await this.issueRepairLabelUseCase.execute(identity, { locationId, assetId }));
  }

  @Mutation(() => RepairLabelSheet, { description: '报修码打印: an A4 PDF of labels (3 × 7 stickers, 63.5 × 38.1 mm) for a building or one floor.' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER)
  async printRepairLabelSheet(@CurrentIdentity() identity: Identity, @Args('input') input: PrintRepairLabelSheetInput): Promise<RepairLabelSheet> {
    const sheet = await this.printRepairLabelSheetUseCase.execute(identity, input);
    return {
      fileName: sheet.fileName,
      contentType: 'application/pdf',
      pdfBase64: sheet.pdf.toString('base64'),
      pages: sheet.pages,
      labels: await Promise.all(sheet.labels.map((label) => this.views.view(label))),
    };
  }

  @Mutation(() => RepairLabel, { description: 'Stop a label working (copied, defaced, place out of use); with replace, returns the new label to print.' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN)
  async withdrawRepairLabel(
    @CurrentIdentity() identity: Identity,
    @Args('labelId', { type: () => ID }) labelId: string,
    @Args('reason', { type: () => String }) reason: string,
    @Args('replace', { type: () => Boolean, defaultValue: false }) replace: boolean,
  ): Promise<RepairLabel> {
    return this.views.view(await this.withdrawRepairLabelUseCase.execute(identity, labelId, reason, replace));
  }

  @ResolveField(() => [PortalContact], { description: 'Reports sent from QR labels for this order, with the contact each reporter left.' })
  async portalReports(@Parent() order: WorkOrder, @Context() context: RequestContext): Promise<PortalContact[]> {
    const rows = await batchLoad(context, 'workOrderPortalReports', order.id, async (ids) =>
      groupBy(await this.dataSource.manager.find(PortalReportRow, { where: { workOrderId: In(ids) }, order: { submittedAt: 'ASC' } }), (r) => r.workOrderId),
    );
    return (rows ?? []).map((r) => ({ name: r.contactName, phone: r.contactPhone, reportedAt: r.submittedAt, duplicate: r.duplicate }));
  }
}
