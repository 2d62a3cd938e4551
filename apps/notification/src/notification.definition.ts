import { ORG_REPLICA_ENTITIES, ORG_REPLICA_MIGRATIONS } from '@houqin/platform-org-replica';
import { ServiceDefinition } from '@houqin/platform-service';
import manifest from '../service.json';
import { DeliveryAttemptRow, DeliveryRow } from './delivery/delivery.entity';
import { NotificationRow } from './inbox/notification.entity';
import { CreateNotifications1796607400000 } from './migrations/1796607400000-create-notifications';
import { NOTIFICATION_ERRORS } from './notification.errors';
import { RecipientRow } from './recipient/recipient.entity';

/** 通知: every alert the services publish reaches a person (in-app inbox; WeCom, SMS and e-mail), by rules declared in code */
export const notificationDefinition: ServiceDefinition = {
  name: 'notification',
  defaultPort: manifest.port,
  errors: NOTIFICATION_ERRORS,
  entities: [...ORG_REPLICA_ENTITIES, NotificationRow, RecipientRow, DeliveryRow, DeliveryAttemptRow],
  migrations: [...ORG_REPLICA_MIGRATIONS, CreateNotifications1796607400000],
};
