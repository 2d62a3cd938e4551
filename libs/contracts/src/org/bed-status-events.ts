import { z } from 'zod';
import { defineEvent, isoDateTime, uuid } from '../event-contract';

const BED_STATUSES = ['OCCUPIED', 'HOUSEKEEPING', 'UNOCCUPIED', 'ISOLATED', 'CONTAMINATED', 'CLOSED'] as const;

export const BedStatusChangedV1 = defineEvent({
  type: 'org.bed-status.changed.v1',
  topic: 'org.bed-status.v1',
  producer: 'org',
  description: "A bed's status (HL7 table 0116) changed: by the HIS feed, a finished clean or staff. Key: the bed's location id.",
  schema: z.object({
    bedId: uuid,
    campusId: uuid,
    wardId: uuid.nullable(),
    status: z.enum(BED_STATUSES),
    previousStatus: z.enum(BED_STATUSES),
    since: isoDateTime.describe('When the status took effect (the event time behind it).'),
    source: z.enum(['HIS', 'CLEANING', 'STAFF']),
    occurredAt: isoDateTime,
  }),
});
