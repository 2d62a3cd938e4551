import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const TOPIC = 'hygiene.cleaning-task.v1';
const KINDS = ['ROUTINE', 'DEEP', 'TERMINAL', 'SPILL', 'AFTER_REPAIR', 'CORRECTIVE', 'AD_HOC'] as const;
const PRIORITIES = ['URGENT', 'CLEAN_NEXT', 'ROUTINE'] as const;

/** A cleaning task as its events carry it: places and times, never a patient. */
const task = z.object({
  cleaningTaskId: uuid,
  number: z.string().describe('保洁任务单号, e.g. BJ-20261207-000001.'),
  campusId: uuid,
  kind: z.enum(KINDS),
  priority: z.enum(PRIORITIES),
  locationId: uuid.describe('The bed, room or area to clean.'),
  bedId: uuid.nullable().describe('The bed, when the location is one (a terminal clean readies it).'),
  wardId: uuid.nullable(),
  zoneId: uuid.nullable(),
  riskLevel: z.enum(['HIGH', 'MEDIUM', 'LOW']),
  cleanerId: uuid.nullable().describe('The assigned cleaner (org staff id).'),
  occurredAt: isoDateTime,
});

const taskEvent = <S extends z.ZodType>(verb: string, description: string, schema: S) =>
  defineEvent({ type: `hygiene.cleaning-task.${verb}.v1`, topic: TOPIC, producer: 'hygiene', description: `${description} Key: the task id.`, schema });

export const CleaningTaskOpenedV1 = taskEvent(
  'opened',
  'A cleaning task was opened: by a discharge or transfer (terminal clean), a schedule, an inspection, a finished repair or a ward.',
  task.extend({ startDueAt: isoDateTime, readyDueAt: isoDateTime, actor: actorSchema }),
);
export const CleaningTaskAssignedV1 = taskEvent('assigned', 'A cleaning task was assigned (automatically or by the supervisor).', task.extend({ actor: actorSchema }));
export const CleaningTaskUnassignableV1 = taskEvent(
  'unassignable',
  'No cleaner on the zone could take the task (none trained for its isolation precautions, or none on the zone): the supervisor assigns it.',
  task,
);
export const CleaningTaskPrioritisedV1 = taskEvent(
  'prioritised',
  'An admission is waiting for the bed (A01/A02 to a bed not yet cleaned): the terminal clean goes first ("clean next").',
  task.extend({ startDueAt: isoDateTime, readyDueAt: isoDateTime }),
);
export const CleaningTaskStartedV1 = taskEvent('started', 'The cleaner scanned the room and started.', task.extend({ startedAt: isoDateTime }));
export const CleaningTaskCompletedV1 = taskEvent(
  'completed',
  'The cleaner finished with the checklist complete: a terminal clean makes the bed ready (unoccupied).',
  task.extend({
    startedAt: isoDateTime,
    finishedAt: isoDateTime,
    turnaroundMinutes: z.number().int().nullable().describe('Vacated → ready, for a terminal clean.'),
  }),
);
export const CleaningTaskCancelledV1 = taskEvent(
  'cancelled',
  'A cleaning task was cancelled before work started (the HIS cancelled the discharge, or the supervisor).',
  task.extend({ reason: z.string() }),
);
export const CleaningTaskOverdueV1 = taskEvent(
  'overdue',
  'A cleaning task passed its start or ready deadline (SLA) unfinished.',
  task.extend({ clock: z.enum(['START', 'READY']), dueAt: isoDateTime, overdueMinutes: z.number().int() }),
);
