/**
 * Which SLA clock a work order's card counts down, and how urgent it looks: the response clock until someone
 * accepts, then the resolution clock; amber once less than a quarter of its window is left, red once past due.
 * A paused resolution clock (挂起) stands still and says so.
 */
export type CountdownLevel = 'ok' | 'amber' | 'red' | 'paused' | 'done';

export interface CountdownOrder {
  status: string;
  submittedAt: string;
  sla: { responseDueAt: string; resolutionDueAt: string; pausedSince?: string | null };
}

export interface Countdown {
  clock: 'response' | 'resolution' | null;
  level: CountdownLevel;
  /** Due time minus now, in ms: negative when overdue (at the pause, for a paused clock). */
  remainingMs: number;
}

const AWAITING_RESPONSE = new Set(['SUBMITTED', 'DISPATCHED']);
const AWAITING_RESOLUTION = new Set(['ACCEPTED', 'IN_PROGRESS']);
const AMBER_SHARE = 0.25;

export function slaCountdown(order: CountdownOrder, now: Date): Countdown {
  const clock = AWAITING_RESPONSE.has(order.status) ? 'response' : AWAITING_RESOLUTION.has(order.status) ? 'resolution' : null;
  if (!clock) return { clock: null, level: 'done', remainingMs: 0 };
  const due = Date.parse(clock === 'response' ? order.sla.responseDueAt : order.sla.resolutionDueAt);
  const paused = clock === 'resolution' && order.sla.pausedSince ? Date.parse(order.sla.pausedSince) : null;
  const at = paused ?? now.getTime();
  const remainingMs = due - at;
  if (paused !== null) return { clock, level: 'paused', remainingMs };
  if (remainingMs < 0) return { clock, level: 'red', remainingMs };
  const window = due - Date.parse(order.submittedAt);
  return { clock, level: window > 0 && remainingMs < window * AMBER_SHARE ? 'amber' : 'ok', remainingMs };
}

/** "1 h 20 min" as parts, for the i18n strings (days only past 24 h). */
export function durationParts(ms: number): { days: number; hours: number; minutes: number } {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  return { days: Math.floor(totalMinutes / 1440), hours: Math.floor((totalMinutes % 1440) / 60), minutes: totalMinutes % 60 };
}
