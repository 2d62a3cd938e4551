import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';
import { wasteCategory } from './waste-container-events';

const TOPIC = 'hygiene.waste-collection.v1';

/** What every event of a load says about it, so a consumer (a transport trip, a notice) needs no call back. */
const collectionFacts = z.object({
  wasteCollectionId: uuid,
  campusId: uuid,
  departmentId: uuid,
  wasteContainerId: uuid,
  category: wasteCategory,
  weightGrams: z.number().int().positive(),
  collectedAt: isoDateTime,
});

export const WasteCollectedV1 = defineEvent({
  type: 'hygiene.waste-collection.collected.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: 'A collector scanned a waste container at its ward and weighed the load (收集称重); it waits for the ward to sign it over.',
  schema: collectionFacts.extend({ occurredAt: isoDateTime, actor: actorSchema }),
});

export const WasteHandedOverV1 = defineEvent({
  type: 'hygiene.waste-collection.handed-over.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: "The ward's nurse or head signed a load over to the collector (交接签字): the second signature of the handover.",
  schema: collectionFacts.extend({ handedOverAt: isoDateTime, wardSignerStaffId: uuid, occurredAt: isoDateTime, actor: actorSchema }),
});

export const WasteStoredV1 = defineEvent({
  type: 'hygiene.waste-collection.stored.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: 'A signed-over load went into the temporary store (暂存间入库).',
  schema: collectionFacts.extend({ storedAt: isoDateTime, occurredAt: isoDateTime, actor: actorSchema }),
});

export const WasteStorageThresholdReachedV1 = defineEvent({
  type: 'hygiene.waste-collection.storage-threshold-reached.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description:
    'A load not yet transferred has been held 24 h (warning) or 48 h (the legal limit, 暂时贮存不得超过2天) since collection; once per load and threshold.',
  schema: collectionFacts.extend({
    threshold: z.enum(['HOURS_24', 'HOURS_48']),
    status: z.enum(['COLLECTED', 'HANDED_OVER', 'STORED']),
    hoursHeld: z.number().int().nonnegative(),
    occurredAt: isoDateTime,
  }),
});
