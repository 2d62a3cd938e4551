import { CleaningPriority, CleaningTaskKind } from './cleaning-task-kind';

const MINUTE = 60_000;

/** A campus's cleaning deadlines, in minutes from the task's opening (a discharge's own time for a terminal clean). */
export interface CleaningSlaTerms {
  terminalStartMinutes: number;
  terminalReadyMinutes: number;
}

/** The defaults: a terminal clean started within 30 minutes of the discharge, the bed ready within 90. */
export const DEFAULT_CLEANING_SLA: CleaningSlaTerms = { terminalStartMinutes: 30, terminalReadyMinutes: 90 };

/** Start and ready allowances of the other kinds, [start, ready] minutes: a spill at once, a ward's request within the hour. */
const OTHER_KINDS: Record<Exclude<CleaningTaskKind, CleaningTaskKind.TERMINAL>, [number, number]> = {
  [CleaningTaskKind.SPILL]: [15, 45],
  [CleaningTaskKind.AD_HOC]: [60, 120],
  [CleaningTaskKind.AFTER_REPAIR]: [60, 120],
  [CleaningTaskKind.CORRECTIVE]: [240, 480],
  [CleaningTaskKind.ROUTINE]: [120, 240],
  [CleaningTaskKind.DEEP]: [240, 480],
};

export interface CleaningDeadlines {
  startDueAt: Date;
  readyDueAt: Date;
}

/** When a task must be started and finished. "Clean next" halves what is left of a terminal clean's allowances. */
export class CleaningSla {
  constructor(private readonly terms: CleaningSlaTerms = DEFAULT_CLEANING_SLA) {}

  static validate(terms: CleaningSlaTerms): string | null {
    const { terminalStartMinutes: start, terminalReadyMinutes: ready } = terms;
    if (!Number.isInteger(start) || start < 5 || start > 24 * 60) return 'terminalStartMinutes';
    if (!Number.isInteger(ready) || ready <= start || ready > 48 * 60) return 'terminalReadyMinutes';
    return null;
  }

  deadlines(kind: CleaningTaskKind, openedAt: Date): CleaningDeadlines {
    const [start, ready] = kind === CleaningTaskKind.TERMINAL ? [this.terms.terminalStartMinutes, this.terms.terminalReadyMinutes] : OTHER_KINDS[kind];
    return { startDueAt: new Date(openedAt.getTime() + start * MINUTE), readyDueAt: new Date(openedAt.getTime() + ready * MINUTE) };
  }

  /** An admission waits for the bed: the clean goes first, and what is left of its allowances is halved. */
  cleanNext(deadlines: CleaningDeadlines, now: Date): CleaningDeadlines {
    const halve = (due: Date) => (due.getTime() <= now.getTime() ? due : new Date(now.getTime() + Math.ceil((due.getTime() - now.getTime()) / 2)));
    return { startDueAt: halve(deadlines.startDueAt), readyDueAt: halve(deadlines.readyDueAt) };
  }

  static priorityOf(kind: CleaningTaskKind): CleaningPriority {
    return kind === CleaningTaskKind.SPILL ? CleaningPriority.URGENT : CleaningPriority.ROUTINE;
  }
}
