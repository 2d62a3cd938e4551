import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

export const ZoneCreatedV1 = defineEvent({
  type: 'hygiene.zone.created.v1',
  topic: 'hygiene.zone.v1',
  producer: 'hygiene',
  description: 'A cleaning zone (保洁区域) was created on a campus, with its infection-risk level and the locations it covers. Key: the zone id.',
  schema: z.object({
    zoneId: uuid,
    campusId: uuid,
    name: z.string(),
    kind: z.string(),
    riskLevel: z.enum(['HIGH', 'MEDIUM', 'LOW']),
    locationIds: z.array(uuid),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});
