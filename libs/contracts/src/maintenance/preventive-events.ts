import { z } from 'zod';
import { assetCategory, readingUnit } from './maintenance-vocabulary';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const TOPIC = 'maintenance.pm.v1';

const isoDate = z.iso.date();
const meter = z.enum(['RUNNING_HOURS', 'CYCLES']).describe('运行小时数 (hours) or 启停次数 (count); the unit is the meter’s own.');

const trigger = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('EVERY'), every: z.number().int().positive(), unit: z.enum(['DAYS', 'WEEKS', 'MONTHS']), startsOn: isoDate }),
    z.object({
      kind: z.literal('WEEKDAYS'),
      weekdays: z.array(z.number().int().min(1).max(7)).min(1).describe('ISO: 1 = Monday … 7 = Sunday.'),
      startsOn: isoDate,
    }),
    z.object({ kind: z.literal('METER'), meter, every: z.number().int().positive() }),
  ])
  .describe('保养周期: every N days/weeks/months or fixed weekdays from a China date, or every N on a meter.');

const checklistItem = z.object({
  label: z.string(),
  kind: z.enum(['CHECK', 'READING']),
  unit: readingUnit.nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
});

/** The facts every task event carries, so consumers need no call back. */
const taskFacts = {
  taskId: uuid,
  planId: uuid,
  planName: z.string(),
  assetId: uuid,
  campusId: uuid,
  dueOn: isoDate.describe('China date; a deferred task’s new date.'),
  dueAtMeter: z.number().nullable().describe('The meter threshold of a meter-triggered task.'),
  occurredAt: isoDateTime,
};

const change = { occurredAt: isoDateTime, actor: actorSchema };

const pmEvent = <S extends z.ZodType>(verb: string, description: string, schema: S) =>
  defineEvent({ type: `maintenance.pm.${verb}.v1`, topic: TOPIC, producer: 'maintenance', description, schema });

export const PmPlanCreatedV1 = pmEvent(
  'plan-created',
  'A preventive-maintenance plan (保养计划) was created, active, for one asset or an asset category of a campus. Key: the plan id.',
  z.object({
    planId: uuid,
    campusId: uuid,
    name: z.string(),
    assetId: uuid.nullable(),
    category: assetCategory.nullable().describe('Every asset of this category on the campus, when the plan is not for one asset.'),
    teamId: uuid.nullable(),
    workCategory: z.string().describe('Work-order category of the corrective orders failed items open.'),
    trigger,
    leadDays: z.number().int().min(0).max(60),
    meterBaseline: z.number().nullable(),
    checklist: z.array(checklistItem).min(1),
    ...change,
  }),
);
export const PmPlanDeactivatedV1 = pmEvent(
  'plan-deactivated',
  'A PM plan was deactivated: no more tasks are generated; open tasks stay. Key: the plan id.',
  z.object({ planId: uuid, campusId: uuid, name: z.string(), reason: z.string().nullable(), ...change }),
);
export const PmTaskScheduledV1 = pmEvent(
  'task-scheduled',
  'The PM generation job put a task on the list (lead time ahead of its due date, or once a meter threshold is reached), once per plan, asset and due date. Key: the task id.',
  z.object({ ...taskFacts, teamId: uuid.nullable() }),
);
export const PmTaskCompletedV1 = pmEvent(
  'task-completed',
  'A PM task was done with every checklist item answered; each failed item opened one corrective work order in the same transaction. Key: the task id.',
  z.object({
    ...taskFacts,
    ...change,
    onTime: z.boolean().describe('Completed on or before its due date (China date).'),
    failedItems: z.array(checklistItem.extend({ itemIndex: z.number().int().nonnegative(), reading: z.number().nullable() })),
    correctiveWorkOrderIds: z.array(uuid),
  }),
);
export const PmTaskSkippedV1 = pmEvent(
  'task-skipped',
  'A PM task was skipped, with a reason. Key: the task id.',
  z.object({ ...taskFacts, ...change, reason: z.string() }),
);
export const PmTaskDeferredV1 = pmEvent(
  'task-deferred',
  'A PM task was moved to a later due date (before the plan’s next occurrence), with a reason. Key: the task id.',
  z.object({ ...taskFacts, ...change, previousDueOn: isoDate, originalDueOn: isoDate, reason: z.string() }),
);
export const MeterReadingRecordedV1 = pmEvent(
  'meter-reading-recorded',
  'A meter reading (running hours, cycles) of an asset was recorded; never below the previous one. Key: the asset id.',
  z.object({ readingId: uuid, assetId: uuid, campusId: uuid, meter, value: z.number().nonnegative(), previousValue: z.number().nullable(), ...change }),
);
