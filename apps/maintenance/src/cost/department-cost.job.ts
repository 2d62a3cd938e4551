import { DepartmentMaintenanceCostsV1 } from '@houqin/contracts';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { Scheduled, ScheduledJob } from '@houqin/platform-scheduler';
import { EntityManager } from 'typeorm';
import { chinaToday, previousMonth } from '@houqin/platform-calendar';
import { CostLedger } from './cost-ledger';

/**
 * 按月将维修费用核实到科室报计财科: once a month is over (Beijing time), each department's costs of that month
 * go to finance once. The statement row (unique per department and month) commits with the event, so a rerun,
 * a restart or a second replica sends nothing twice. Costs that arrive after the statement (a late parts event)
 * stay in the ledger and reports but are not re-sent.
 */
@Scheduled()
export class DepartmentCostJob implements ScheduledJob {
  readonly name = 'maintenance.department-costs';
  readonly intervalMs = 60 * 60_000;

  constructor(
    private readonly ledger: CostLedger,
    private readonly changes: ChangeRecorder,
  ) {}

  async run(manager: EntityManager, now: Date): Promise<number> {
    const month = previousMonth(chinaToday(now));
    let published = 0;
    for (const costs of await this.ledger.byDepartment(manager, month, null)) {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO department_cost_statement (department_id, month, campus_id, labour_fen, parts_fen, vendor_fen, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (department_id, month) DO NOTHING RETURNING department_id`,
        [costs.departmentId, month, costs.campusId, costs.labourFen, costs.partsFen, costs.vendorFen, now.toISOString()],
      );
      if (!inserted.length) continue;
      const statement = { ...costs, month, chargeableFen: costs.labourFen + costs.vendorFen, occurredAt: now.toISOString() };
      await this.changes.publish(manager, [changeEvent(DepartmentMaintenanceCostsV1, statement, costs.departmentId)]);
      published += 1;
    }
    return published;
  }
}
