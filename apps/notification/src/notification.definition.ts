import { ORG_REPLICA_ENTITIES, ORG_REPLICA_MIGRATIONS } from '@houqin/platform-org-replica';
import { ServiceDefinition } from '@houqin/platform-service';
import manifest from '../service.json';
import { NOTIFICATION_ERRORS } from './notification.errors';
import { InboxRow } from './inbox/inbox.entity';
import { CreateInbox1796607050188 } from './migrations/1796607050188-create-inbox';

/** 通知: every alert the services publish reaches a person (in-app inbox; WeCom, SMS and e-mail), by rules declared in code */
export const notificationDefinition: ServiceDefinition = {
  name: 'notification',
  defaultPort: manifest.port,
  errors: NOTIFICATION_ERRORS,
  entities: [...ORG_REPLICA_ENTITIES, InboxRow],
  migrations: [...ORG_REPLICA_MIGRATIONS, CreateInbox1796607050188],
};
