export enum WorkOrderPriority {
  URGENT = 'URGENT',
  HIGH = 'HIGH',
  NORMAL = 'NORMAL',
  LOW = 'LOW',
}

/** Why the resolution clock stops: waiting on something the crew cannot control. */
export enum ClockPauseReason {
  WAITING_FOR_PARTS = 'WAITING_FOR_PARTS',
  WAITING_FOR_VENDOR = 'WAITING_FOR_VENDOR',
  /** 科室不便: the room is in use (patient in bed, operation running). */
  WAITING_FOR_ACCESS = 'WAITING_FOR_ACCESS',
}

export enum SlaClockKind {
  RESPONSE = 'RESPONSE',
  RESOLUTION = 'RESOLUTION',
}

/** Who hears about a late order: the team lead when a clock runs out, the campus admin after the grace. */
export enum EscalationLevel {
  TEAM_LEAD = 'TEAM_LEAD',
  CAMPUS_ADMIN = 'CAMPUS_ADMIN',
}

export type SlaMinutes = Record<WorkOrderPriority, { response: number; resolution: number }>;

/**
 * Response = until a technician accepts; resolution = until work is completed. Defaults follow the seeds'
 * targets (dispatch within 30 min, elevator vendor on site within 2 h) scaled by priority; a campus may
 * set its own.
 */
export const DEFAULT_SLA_MINUTES: SlaMinutes = {
  URGENT: { response: 15, resolution: 4 * 60 },
  HIGH: { response: 30, resolution: 8 * 60 },
  NORMAL: { response: 2 * 60, resolution: 24 * 60 },
  LOW: { response: 8 * 60, resolution: 72 * 60 },
};

/** How long past due an order may run before the campus admin is told as well as the team lead. */
export const ESCALATION_GRACE_MINUTES: Record<WorkOrderPriority, number> = { URGENT: 30, HIGH: 60, NORMAL: 4 * 60, LOW: 12 * 60 };

/** A target longer than a month is a typo, not a policy. */
export const MAX_SLA_MINUTES = 31 * 24 * 60;

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

const addMinutes = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

export class SlaPolicy {
  constructor(private readonly minutes: SlaMinutes = DEFAULT_SLA_MINUTES) {}

  dueTimes(priority: WorkOrderPriority, startedAt: Date): SlaClock {
    const m = this.minutes[priority];
    return { responseDueAt: addMinutes(startedAt, m.response), resolutionDueAt: addMinutes(startedAt, m.resolution) };
  }

  /**
   * A target is breached when it was met late, or is still open past its due time. A paused resolution
   * clock is judged at the moment it was paused.
   */
  evaluate(clock: SlaClock, respondedAt: Date | null, resolvedAt: Date | null, now: Date, pausedSince: Date | null = null): SlaStatus {
    const breached = (due: Date, at: Date) => at.getTime() > due.getTime();
    return {
      ...clock,
      respondedAt,
      resolvedAt,
      responseBreached: breached(clock.responseDueAt, respondedAt ?? now),
      resolutionBreached: breached(clock.resolutionDueAt, resolvedAt ?? pausedSince ?? now),
    };
  }
}

/** Resuming a paused clock moves the resolution due time on by the time it stood still. */
export function resumedResolutionDueAt(resolutionDueAt: Date, pausedSince: Date, resumedAt: Date): Date {
  return new Date(resolutionDueAt.getTime() + Math.max(0, resumedAt.getTime() - pausedSince.getTime()));
}

/** When each escalation of a clock falls due: at the due time (team lead), then after the grace (campus admin). */
export function escalationDueAt(level: EscalationLevel, priority: WorkOrderPriority, clockDueAt: Date): Date {
  return level === EscalationLevel.TEAM_LEAD ? clockDueAt : addMinutes(clockDueAt, ESCALATION_GRACE_MINUTES[priority]);
}
