import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { EntityManager } from 'typeorm';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { LabourLog } from '../work-order/work-order-ports';
import { WorkOrderTimeLogRow } from './cost.entity';

/** Minutes priced at an hourly rate, rounded to the fen. */
export const labourCostFen = (minutes: number, fenPerHour: number): number => Math.round((minutes * fenPerHour) / 60);

/**
 * Labour rates and time logs. A log is priced when it is written, at the rate in effect on the day worked
 * (the team's own, else the campus's); a campus without rates logs time at 0 fen until rates are set.
 */
@Injectable()
export class LabourRates implements LabourLog {
  async rateOn(manager: EntityManager, campusId: string, teamId: string | null, day: string): Promise<number> {
    const [rate] = await manager.query(
      `SELECT fen_per_hour FROM labour_rate
        WHERE campus_id = $1 AND (team_id = $2 OR team_id IS NULL) AND effective_from <= $3::date
        ORDER BY (team_id IS NULL), effective_from DESC, id DESC LIMIT 1`,
      [campusId, teamId, day],
    );
    return rate ? Number(rate.fen_per_hour) : 0;
  }

  async logTime(
    manager: EntityManager,
    identity: Identity,
    order: WorkOrderRow,
    entry: { staffId: string | null; minutes: number; workedOn: string; note: string | null },
  ): Promise<WorkOrderTimeLogRow> {
    const fenPerHour = await this.rateOn(manager, order.campusId, order.teamId, entry.workedOn);
    const row: WorkOrderTimeLogRow = {
      id: uuidv7(),
      workOrderId: order.id,
      campusId: order.campusId,
      departmentId: order.departmentId,
      ...entry,
      fenPerHour,
      costFen: labourCostFen(entry.minutes, fenPerHour),
      loggedBy: identity.name,
      loggedAt: new Date(),
    };
    await manager.insert(WorkOrderTimeLogRow, row);
    return row;
  }
}
