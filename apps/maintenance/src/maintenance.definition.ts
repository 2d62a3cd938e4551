import { AssetRegisteredV1, DutyShiftsScheduledV1, RoutingRulesChangedV1, SlaTargetsChangedV1, topicsOf, WorkOrderSubmittedV1 } from '@houqin/contracts';
import { CreateOrgReplica1764000000000, ORG_REPLICA_ENTITIES, orgReplicaConsumer } from '@houqin/platform-org-replica';
import { ServiceDefinition } from '@houqin/platform-service';
import { RoutingRuleRow, SlaEscalationRow, SlaTargetRow, WorkOrderClockPauseRow, WorkOrderPartRow, WorkOrderRow, WorkOrderTransitionRow } from './work-order/work-order.entity';
import { SlaEscalationJob } from './work-order/sla-escalation.job';
import { CreateWorkOrders1763900000100 } from './migrations/1763900000100-create-work-orders';
import { WorkOrderAsset1764000000100 } from './migrations/1764000000100-work-order-asset';
import { SlaClocks1764000000110 } from './migrations/1764000000110-sla-clocks';
import { AssetRow, CertificateAlertRow, InspectionCertificateRow } from './asset/asset.entity';
import { CertificateAlertJob } from './asset/certificate-alert.job';
import { CreateAssets1764000000120 } from './migrations/1764000000120-create-assets';
import { RoutingAndOwnership1764000000140 } from './migrations/1764000000140-routing-and-ownership';
import { WorkOrderSource1764000000150 } from './migrations/1764000000150-work-order-source';
import { RequesterFeedback1764000000190 } from './migrations/1764000000190-requester-feedback';
import { DutyShiftRow, TechnicianCertificateRow } from './crew/crew.entity';
import { CreateCrew1764000000130 } from './migrations/1764000000130-create-crew';

export const maintenanceDefinition: ServiceDefinition = {
  name: 'maintenance',
  defaultPort: 4002,
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
  ],
  migrations: [CreateWorkOrders1763900000100, CreateOrgReplica1764000000000, WorkOrderAsset1764000000100, SlaClocks1764000000110, CreateAssets1764000000120, RoutingAndOwnership1764000000140, CreateCrew1764000000130, WorkOrderSource1764000000150, RequesterFeedback1764000000190],
  producedTopics: topicsOf([WorkOrderSubmittedV1, SlaTargetsChangedV1, RoutingRulesChangedV1, AssetRegisteredV1, DutyShiftsScheduledV1]),
  consumers: [orgReplicaConsumer('maintenance')],
  jobs: [SlaEscalationJob, CertificateAlertJob],
};
