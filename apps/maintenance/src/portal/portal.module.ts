import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { WorkOrderModule } from '../work-order/work-order.module';
import { IssueRepairLabel } from './issue-repair-label.use-case';
import { OpenPortalSession } from './open-portal-session.use-case';
import { loadPortalConfig, PORTAL_CONFIG } from './portal-config';
import { PortalController } from './portal.controller';
import { PortalResolver } from './portal.resolver';
import { PrintRepairLabelSheet } from './print-repair-label-sheet.use-case';
import { RepairLabelResolver } from './repair-label.resolver';
import { RepairLabelView } from './repair-label-view';
import { RepairLabels } from './repair-labels';
import { RepairPortalQuery } from './repair-portal.query';
import { SubmitPortalReport } from './submit-portal-report.use-case';
import { WithdrawRepairLabel } from './withdraw-repair-label.use-case';

/**
 * 扫码报修: QR labels on places and assets, printed as sheets; scanning one opens a half-hour session that
 * reports through the same intake as the console and follows the report up from the same link.
 */
@Module({
  imports: [OrgReplicaModule, WorkOrderModule],
  controllers: [PortalController],
  providers: [
    { provide: PORTAL_CONFIG, useFactory: () => loadPortalConfig() },
    RepairLabels,
    RepairLabelView,
    IssueRepairLabel,
    WithdrawRepairLabel,
    PrintRepairLabelSheet,
    OpenPortalSession,
    SubmitPortalReport,
    RepairPortalQuery,
    PortalResolver,
    RepairLabelResolver,
  ],
})
export class PortalModule {}
