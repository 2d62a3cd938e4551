import { topicsOf, WorkOrderSubmittedV1 } from '@houqin/contracts';
import { ServiceDefinition } from '@houqin/platform-service';
import { WorkOrderPartRow, WorkOrderRow, WorkOrderTransitionRow } from './work-order/work-order.entity';
import { CreateWorkOrders1763900000100 } from './migrations/1763900000100-create-work-orders';

export const maintenanceDefinition: ServiceDefinition = {
  name: 'maintenance',
  defaultPort: 4002,
  entities: [WorkOrderRow, WorkOrderPartRow, WorkOrderTransitionRow],
  migrations: [CreateWorkOrders1763900000100],
  producedTopics: topicsOf([WorkOrderSubmittedV1]),
  consumers: [],
};
