import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const TOPIC = 'hygiene.linen-exchange.v1';
const isoDate = z.iso.date();
export const LINEN_KINDS = ['BED_SHEET', 'DUVET_COVER', 'PILLOWCASE', 'PATIENT_GOWN', 'STAFF_UNIFORM', 'SURGICAL_GOWN', 'PRIVACY_CURTAIN'] as const;
const linenKind = z.enum(LINEN_KINDS);
const lines = z.array(z.object({ kind: linenKind, quantity: z.number().int().positive() }));
const exchangeFacts = z.object({
  linenExchangeId: uuid,
  campusId: uuid,
  departmentId: uuid,
  contractorId: uuid,
  collectedOn: isoDate.describe('The Beijing date the dirty linen was collected.'),
  occurredAt: isoDateTime,
  actor: actorSchema,
});

export const LinenParLevelSetV1 = defineEvent({
  type: 'hygiene.linen-exchange.par-level-set.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: "A department's par level (基数) of one kind of linen was set: how many it should hold clean and in use.",
  schema: z.object({
    campusId: uuid,
    departmentId: uuid,
    kind: linenKind,
    quantity: z.number().int().nonnegative(),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});

export const LinenCollectedV1 = defineEvent({
  type: 'hygiene.linen-exchange.collected.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: 'Dirty linen was counted and handed to the laundry contractor at a department (污被服收取), by kind.',
  schema: exchangeFacts.extend({ lines }),
});

export const LinenReturnedV1 = defineEvent({
  type: 'hygiene.linen-exchange.returned.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: 'Clean linen came back from the laundry against a collection (净被服送回), by kind; `complete` when nothing is outstanding.',
  schema: exchangeFacts.extend({ lines, complete: z.boolean() }),
});

export const LinenExchangeClosedV1 = defineEvent({
  type: 'hygiene.linen-exchange.closed.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: 'A collection was settled with pieces still outstanding: those are written off as lost (丢失), by kind.',
  schema: exchangeFacts.extend({ lost: lines }),
});

export const LinenShortfallV1 = defineEvent({
  type: 'hygiene.linen-exchange.shortfall.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description:
    'After a return from the laundry, a department holds fewer clean pieces of a kind than its par level (par − pieces still at the laundry); one per kind short.',
  schema: z.object({
    linenExchangeId: uuid,
    campusId: uuid,
    departmentId: uuid,
    departmentName: z.string(),
    kind: linenKind,
    par: z.number().int().positive(),
    outstanding: z.number().int().positive().describe('Pieces of the kind collected from the department and not yet returned, over all its open collections.'),
    occurredAt: isoDateTime,
  }),
});
