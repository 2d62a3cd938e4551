import { Identity } from '@houqin/platform-auth';
import { EntityManager, IsNull } from 'typeorm';
import { WorkOrderClockPauseRow, WorkOrderRow } from './work-order.entity';
import { resumedResolutionDueAt } from './sla-policy';

/**
 * Ends a pause of the resolution clock: the due time moves on by the paused time and the pause is closed
 * on its record. Used by resume, and by complete and cancel when they happen while paused.
 * Returns the length of the pause in minutes (0 if the clock was running).
 */
export async function endClockPause(manager: EntityManager, row: WorkOrderRow, actor: Identity, at: Date): Promise<number> {
  if (!row.pausedSince) return 0;
  const minutes = Math.max(0, Math.round((at.getTime() - row.pausedSince.getTime()) / 60_000));
  row.resolutionDueAt = resumedResolutionDueAt(row.resolutionDueAt, row.pausedSince, at);
  row.pausedMinutes += minutes;
  row.pausedSince = null;
  row.pauseReason = null;
  await manager.update(WorkOrderClockPauseRow, { workOrderId: row.id, resumedAt: IsNull() }, { resumedAt: at, resumedBy: actor.name });
  return minutes;
}
