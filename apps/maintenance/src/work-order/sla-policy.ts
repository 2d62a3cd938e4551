export enum WorkOrderPriority {
  URGENT = 'URGENT',
  HIGH = 'HIGH',
  NORMAL = 'NORMAL',
  LOW = 'LOW',
}

/**
 * Response = until a technician accepts; resolution = until work is completed. Defaults follow the seeds'
 * targets (dispatch within 30 min, elevator vendor on site within 2 h) scaled by priority.
 */
export const DEFAULT_SLA_MINUTES: Record<WorkOrderPriority, { response: number; resolution: number }> = {
  URGENT: { response: 15, resolution: 4 * 60 },
  HIGH: { response: 30, resolution: 8 * 60 },
  NORMAL: { response: 2 * 60, resolution: 24 * 60 },
  LOW: { response: 8 * 60, resolution: 72 * 60 },
};

export interface SlaClock {
  responseDueAt: Date;
  resolutionDueAt: Date;
}

export interface SlaStatus extends SlaClock {
  respondedAt: Date | null;
  resolvedAt: Date | null;
  responseBreached: boolean;
  resolutionBreached: boolean;
}

export class SlaPolicy {
  constructor(private readonly minutes: Record<WorkOrderPriority, { response: number; resolution: number }> = DEFAULT_SLA_MINUTES) {}

  dueTimes(priority: WorkOrderPriority, submittedAt: Date): SlaClock {
    const m = this.minutes[priority];
    return {
      responseDueAt: new Date(submittedAt.getTime() + m.response * 60_000),
      resolutionDueAt: new Date(submittedAt.getTime() + m.resolution * 60_000),
    };
  }

  /** A target is breached when it was met late, or is still open past its due time. */
  evaluate(clock: SlaClock, respondedAt: Date | null, resolvedAt: Date | null, now: Date): SlaStatus {
    const breached = (due: Date, doneAt: Date | null) => (doneAt ?? now).getTime() > due.getTime();
    return {
      ...clock,
      respondedAt,
      resolvedAt,
      responseBreached: breached(clock.responseDueAt, respondedAt),
      resolutionBreached: breached(clock.resolutionDueAt, resolvedAt),
    };
  }
}
