import manifest from '../service.json';
import { MAINTENANCE_ERRORS } from './maintenance.errors';
import { ORG_REPLICA_ENTITIES, ORG_REPLICA_MIGRATIONS } from '@houqin/platform-org-replica';
import { ServiceDefinition } from '@houqin/platform-service';
import {
  RoutingRuleRow,
  SlaEscalationRow,
  SlaTargetRow,
  WorkOrderClockPauseRow,
  WorkOrderPartRow,
  WorkOrderRow,
  WorkOrderTransitionRow,
} from './work-order/work-order.entity';
import { CreateWorkOrders1763900000100 } from './migrations/1763900000100-create-work-orders';
import { WorkOrderAsset1764000000100 } from './migrations/1764000000100-work-order-asset';
import { SlaClocks1764000000110 } from './migrations/1764000000110-sla-clocks';
import { AssetRow, CertificateAlertRow, InspectionCertificateRow } from './asset/asset.entity';
import { CreateAssets1764000000120 } from './migrations/1764000000120-create-assets';
import { RoutingAndOwnership1764000000140 } from './migrations/1764000000140-routing-and-ownership';
import { WorkOrderSource1764000000150 } from './migrations/1764000000150-work-order-source';
import { RequesterFeedback1764000000190 } from './migrations/1764000000190-requester-feedback';
import { CreateCosts1764000000200 } from './migrations/1764000000200-create-costs';
import { WorkOrderReportIndex1764000000220 } from './migrations/1764000000220-work-order-report-index';
import { DepartmentCostStatementRow, LabourRateRow, WorkOrderPartsCostRow, WorkOrderPartsReturnRow, WorkOrderTimeLogRow } from './cost/cost.entity';
import { DutyShiftRow, TechnicianCertificateRow } from './crew/crew.entity';
import { CreateCrew1764000000130 } from './migrations/1764000000130-create-crew';
import { VendorCallRow, VendorContractRow, VendorRow } from './vendor/vendor.entity';
import { CreateVendors1764000000160 } from './migrations/1764000000160-create-vendors';
import { AssetMeterReadingRow, PmPlanRow, PmTaskRow } from './preventive/preventive.entity';
import { CreatePreventiveMaintenance1764000000170 } from './migrations/1764000000170-create-preventive-maintenance';
import { InspectionCheckpointRow, InspectionReadingRow, InspectionRoundRow, InspectionRouteRow } from './inspection/inspection.entity';
import { CreateInspectionRounds1764000000180 } from './migrations/1764000000180-create-inspection-rounds';
import { IntakeQuestionRow, WorkOrderAttachmentRow, WorkOrderDuplicateReportRow, WorkOrderIntakeRow } from './intake/intake.entity';
import { CreateIntake1764000000210 } from './migrations/1764000000210-create-intake';
import { PortalReportRow, RepairLabelRow } from './portal/portal.entity';
import { CreateRepairPortal1764000000230 } from './migrations/1764000000230-create-repair-portal';
import { PartsReturns1764000000240 } from './migrations/1764000000240-parts-returns';
import { DocumentNumberCounter1764000000500 } from './migrations/1764000000500-document-number-counter';

export const maintenanceDefinition: ServiceDefinition = {
  name: 'maintenance',
  defaultPort: manifest.port,
  errors: MAINTENANCE_ERRORS,
  entities: [
    ...ORG_REPLICA_ENTITIES,
    WorkOrderRow,
    WorkOrderPartRow,
    WorkOrderTransitionRow,
    SlaTargetRow,
    WorkOrderClockPauseRow,
    SlaEscalationRow,
    RoutingRuleRow,
    AssetRow,
    InspectionCertificateRow,
    CertificateAlertRow,
    TechnicianCertificateRow,
    DutyShiftRow,
    LabourRateRow,
    WorkOrderTimeLogRow,
    WorkOrderPartsCostRow,
    WorkOrderPartsReturnRow,
    DepartmentCostStatementRow,
    VendorRow,
    VendorContractRow,
    VendorCallRow,
    PmPlanRow,
    PmTaskRow,
    AssetMeterReadingRow,
    InspectionRouteRow,
    InspectionCheckpointRow,
    InspectionRoundRow,
    InspectionReadingRow,
    IntakeQuestionRow,
    WorkOrderIntakeRow,
    WorkOrderAttachmentRow,
    WorkOrderDuplicateReportRow,
    RepairLabelRow,
    PortalReportRow,
  ],
  migrations: [
    CreateWorkOrders1763900000100,
    ...ORG_REPLICA_MIGRATIONS,
    WorkOrderAsset1764000000100,
    SlaClocks1764000000110,
    CreateAssets1764000000120,
    RoutingAndOwnership1764000000140,
    CreateCrew1764000000130,
    WorkOrderSource1764000000150,
    RequesterFeedback1764000000190,
    CreateCosts1764000000200,
    WorkOrderReportIndex1764000000220,
    CreateVendors1764000000160,
    CreatePreventiveMaintenance1764000000170,
    CreateInspectionRounds1764000000180,
    CreateIntake1764000000210,
    CreateRepairPortal1764000000230,
    PartsReturns1764000000240,
    DocumentNumberCounter1764000000500,
  ],
};
