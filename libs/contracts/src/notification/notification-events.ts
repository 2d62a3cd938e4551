import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

export const NotificationCreatedV1 = defineEvent({
  type: 'notification.notification.created.v1',
  topic: 'notification.notification.v1',
  producer: 'notification',
  description: 'A notification was created on a campus.',
  schema: z.object({ notificationId: uuid, campusId: uuid, name: z.string(), occurredAt: isoDateTime, actor: actorSchema }),
});
