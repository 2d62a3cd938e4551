import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { EntityManager } from 'typeorm';
import { PauseWorkOrderClock } from '../work-order/pause-work-order-clock.use-case';
import { ResumeWorkOrderClock } from '../work-order/resume-work-order-clock.use-case';
import { ClockPauseReason } from '../work-order/sla-policy';
import { WorkOrderStatus } from '../work-order/work-order-status';
import { WorkOrderRow } from '../work-order/work-order.entity';

/** Statuses in which the order's resolution clock runs and can stand still (before acceptance only response time runs). */
const CLOCK_RUNNING: readonly WorkOrderStatus[] = [WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS];

/**
 * The work order's resolution clock while a vendor is awaited, through the order's own pause and resume (same
 * timeline, audit and events as a manual pause), inside the vendor call's transaction.
 */
@Injectable()
export class VendorClock {
  constructor(
    private readonly pauseClock: PauseWorkOrderClock,
    private readonly resumeClock: ResumeWorkOrderClock,
  ) {}

  /** Stops the clock (WAITING_FOR_VENDOR) unless it is not running; true when it did. */
  async pause(manager: EntityManager, identity: Identity, order: WorkOrderRow, vendorName: string): Promise<boolean> {
    if (!CLOCK_RUNNING.includes(order.status) || order.pausedSince) return false;
    await this.pauseClock.within(manager, identity, { workOrderId: order.id, reason: ClockPauseReason.WAITING_FOR_VENDOR, note: vendorName });
    return true;
  }

  /** Restarts the clock if it stands still for a vendor (not for parts or access); true when it did. */
  async resume(manager: EntityManager, identity: Identity, order: WorkOrderRow): Promise<boolean> {
    if (!CLOCK_RUNNING.includes(order.status) || order.pauseReason !== ClockPauseReason.WAITING_FOR_VENDOR) return false;
    await this.resumeClock.within(manager, identity, order.id);
    return true;
  }
}
