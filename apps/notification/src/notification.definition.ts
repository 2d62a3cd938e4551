import { CreateOrgReplica1764000000000, ORG_REPLICA_ENTITIES, OrgReplicaBuildings1764000000001 } from '@houqin/platform-org-replica';
import { ServiceDefinition } from '@houqin/platform-service';
import manifest from '../service.json';
import { NOTIFICATION_ERRORS } from './notification.errors';
import { NotificationRow } from './notification/notification.entity';
import { CreateNotification1796606697106 } from './migrations/1796606697106-create-notification';

/** 通知: every alert the services publish reaches a person (in-app inbox; WeCom, SMS and e-mail), by rules declared in code */
export const notificationDefinition: ServiceDefinition = {
  name: 'notification',
  defaultPort: manifest.port,
  errors: NOTIFICATION_ERRORS,
  entities: [...ORG_REPLICA_ENTITIES, NotificationRow],
  migrations: [CreateOrgReplica1764000000000, OrgReplicaBuildings1764000000001, CreateNotification1796606697106],
};
