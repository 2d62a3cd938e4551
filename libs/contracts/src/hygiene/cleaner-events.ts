import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

export const CleanerRegisteredV1 = defineEvent({
  type: 'hygiene.cleaner.registered.v1',
  topic: 'hygiene.cleaner.v1',
  producer: 'hygiene',
  description: "A member of staff joined a campus's cleaning roster. Key: the cleaner's staff id.",
  schema: z.object({ cleanerId: uuid.describe('Their org staff id.'), campusId: uuid, zoneIds: z.array(uuid), occurredAt: isoDateTime, actor: actorSchema }),
});
