import { topicsOf, WorkOrderSubmittedV1 } from '@houqin/contracts';
import { CreateOrgReplica1764000000000, ORG_REPLICA_ENTITIES, orgReplicaConsumer } from '@houqin/platform-org-replica';
import { ServiceDefinition } from '@houqin/platform-service';
import { WorkOrderPartRow, WorkOrderRow, WorkOrderTransitionRow } from './work-order/work-order.entity';
import { CreateWorkOrders1763900000100 } from './migrations/1763900000100-create-work-orders';
import { WorkOrderAsset1764000000100 } from './migrations/1764000000100-work-order-asset';

export const maintenanceDefinition: ServiceDefinition = {
  name: 'maintenance',
  defaultPort: 4002,
  entities: [...ORG_REPLICA_ENTITIES, WorkOrderRow, WorkOrderPartRow, WorkOrderTransitionRow],
  migrations: [CreateWorkOrders1763900000100, CreateOrgReplica1764000000000, WorkOrderAsset1764000000100],
  producedTopics: topicsOf([WorkOrderSubmittedV1]),
  consumers: [orgReplicaConsumer('maintenance')],
  jobs: [],
};
