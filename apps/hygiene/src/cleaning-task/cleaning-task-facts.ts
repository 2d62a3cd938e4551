import { CleaningTaskOpenedV1, EventData } from '@houqin/contracts';
import { CleaningTaskRow } from './cleaning-task.entity';

type TaskFacts = Omit<EventData<typeof CleaningTaskOpenedV1>, 'startDueAt' | 'readyDueAt' | 'actor'>;

/** What every cleaning-task event says about the task, so consumers (org's bed board, alerts, KPIs) need no call back. */
export const taskFacts = (row: CleaningTaskRow, at: Date): TaskFacts => ({
  cleaningTaskId: row.id,
  number: row.number,
  campusId: row.campusId,
  kind: row.kind as TaskFacts['kind'],
  priority: row.priority as TaskFacts['priority'],
  locationId: row.locationId,
  bedId: row.bedId,
  wardId: row.wardId,
  zoneId: row.zoneId,
  riskLevel: row.riskLevel as TaskFacts['riskLevel'],
  cleanerId: row.cleanerId,
  occurredAt: at.toISOString(),
});

export const deadlinesOf = (row: CleaningTaskRow) => ({ startDueAt: row.startDueAt.toISOString(), readyDueAt: row.readyDueAt.toISOString() });
