import { RiskLevel } from '../zone/zone-kind';

/** A cleaner as assignment sees them: where they work, their 院感培训 record and what they already have. */
export interface CleanerCandidate {
  cleanerId: string;
  zoneIds: readonly string[];
  /** The Beijing date their infection-control training is valid until; null when they have none. */
  trainedUntil: string | null;
  /** Tasks assigned to them and not yet finished. */
  openTasks: number;
  lastAssignedAt: Date | null;
}

export interface TaskToAssign {
  zoneId: string | null;
  riskLevel: RiskLevel;
  /** The Beijing date of the assignment: training must be valid on it. */
  today: string;
}

export type CleanerChoice = { cleanerId: string } | { refusal: 'NO_CLEANER_ON_ZONE' | 'NONE_TRAINED' };

/** High-risk work (an OR, an ICU, an isolation clean) goes only to cleaners whose infection-control training is current. */
export const needsTraining = (task: Pick<TaskToAssign, 'riskLevel'>) => task.riskLevel === RiskLevel.HIGH;

export const isTrained = (cleaner: Pick<CleanerCandidate, 'trainedUntil'>, today: string) => cleaner.trainedUntil !== null && cleaner.trainedUntil >= today;

/**
 * 自动派工: among the cleaners of the task's zone (a task outside every zone may go to any cleaner of the campus),
 * those allowed to do it, the one with the fewest unfinished tasks, then the one who waited longest since their
 * last assignment, so work spreads evenly. Says why nobody fits, for the supervisor who then assigns by hand.
 */
export function chooseCleaner(task: TaskToAssign, cleaners: readonly CleanerCandidate[]): CleanerChoice {
  const onZone = task.zoneId ? cleaners.filter((c) => c.zoneIds.includes(task.zoneId as string)) : [...cleaners];
  if (onZone.length === 0) return { refusal: 'NO_CLEANER_ON_ZONE' };
  const allowed = needsTraining(task) ? onZone.filter((c) => isTrained(c, task.today)) : onZone;
  if (allowed.length === 0) return { refusal: 'NONE_TRAINED' };
  const waited = (c: CleanerCandidate) => c.lastAssignedAt?.getTime() ?? 0;
  const [best] = [...allowed].sort((a, b) => a.openTasks - b.openTasks || waited(a) - waited(b) || a.cleanerId.localeCompare(b.cleanerId));
  return { cleanerId: best.cleanerId };
}
