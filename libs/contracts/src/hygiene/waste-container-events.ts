import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

/** The five categories of 《医疗废物分类目录》, shared by every medical-waste event. */
export const wasteCategory = z.enum(['INFECTIOUS', 'SHARPS', 'PATHOLOGICAL', 'PHARMACEUTICAL', 'CHEMICAL']);

export const WasteContainerIssuedV1 = defineEvent({
  type: 'hygiene.waste-container.issued.v1',
  topic: 'hygiene.waste-container.v1',
  producer: 'hygiene',
  description: 'A QR-labelled medical waste container (bag, sharps box or bin) was issued to a ward for one category.',
  schema: z.object({
    wasteContainerId: uuid,
    campusId: uuid,
    departmentId: uuid,
    category: wasteCategory,
    kind: z.enum(['BAG', 'SHARPS_BOX', 'BIN']),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});
