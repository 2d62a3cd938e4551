import { PmPlanRow, PmTaskRow } from './preventive.entity';

/** The facts every PM task event carries (see libs/contracts preventive-events). */
export const pmTaskFacts = (
  task: Pick<PmTaskRow, 'id' | 'planId' | 'assetId' | 'campusId' | 'dueOn' | 'dueAtMeter'>,
  plan: Pick<PmPlanRow, 'name'>,
  at: Date,
) => ({
  taskId: task.id,
  planId: task.planId,
  planName: plan.name,
  assetId: task.assetId,
  campusId: task.campusId,
  dueOn: task.dueOn,
  dueAtMeter: task.dueAtMeter,
  occurredAt: at.toISOString(),
});
