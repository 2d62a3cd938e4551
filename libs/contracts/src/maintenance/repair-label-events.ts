import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const TOPIC = 'maintenance.repair-label.v1';

export const RepairLabelIssuedV1 = defineEvent({
  type: 'maintenance.repair-label.issued.v1',
  topic: TOPIC,
  producer: 'maintenance',
  description: 'A QR repair label (报修码) issued for a place or an asset; `replacesLabelId` names the label it withdrew, if any.',
  schema: z.object({
    labelId: uuid,
    campusId: uuid,
    locationId: uuid.nullable(),
    assetId: uuid.nullable(),
    replacesLabelId: uuid.nullable(),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});

export const RepairLabelWithdrawnV1 = defineEvent({
  type: 'maintenance.repair-label.withdrawn.v1',
  topic: TOPIC,
  producer: 'maintenance',
  description: 'A QR repair label withdrawn (replaced, defaced, copied, or its place out of use): scanning it is refused from now on.',
  schema: z.object({
    labelId: uuid,
    campusId: uuid,
    reason: z.string(),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});
