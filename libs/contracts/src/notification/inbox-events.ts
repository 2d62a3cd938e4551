import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

export const InboxCreatedV1 = defineEvent({
  type: 'notification.inbox.created.v1',
  topic: 'notification.inbox.v1',
  producer: 'notification',
  description: 'A inbox was created on a campus.',
  schema: z.object({ inboxId: uuid, campusId: uuid, name: z.string(), occurredAt: isoDateTime, actor: actorSchema }),
});
