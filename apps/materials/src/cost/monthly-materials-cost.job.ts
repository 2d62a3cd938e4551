import { DepartmentMaterialsCostsV1 } from '@houqin/contracts';
import { chinaToday, previousMonth } from '@houqin/platform-calendar';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { Scheduled, ScheduledJob } from '@houqin/platform-scheduler';
import { EntityManager } from 'typeorm';
import { DepartmentCategoryCost, MaterialsCostLedger } from './materials-cost-ledger';

/**
 * 按月将物资费用核实到科室报计财科: once a month is over (Beijing time), each department's charges of that month, by
 * category, go to finance once. The statement row commits with the event, so a rerun, a restart or a second
 * replica sends nothing twice. Charges booked after the statement (a late return) stay in the report only.
 */
@Scheduled()
export class MonthlyMaterialsCostJob implements ScheduledJob {
  readonly name = 'materials.department-costs';
  readonly intervalMs = 60 * 60_000;

  constructor(
    private readonly ledger: MaterialsCostLedger,
    private readonly changes: ChangeRecorder,
  ) {}

  async run(manager: EntityManager, now: Date): Promise<number> {
    const month = previousMonth(chinaToday(now));
    const byDepartment = new Map<string, DepartmentCategoryCost[]>();
    for (const row of await this.ledger.byDepartment(manager, month, { campusIds: null, departmentId: null })) {
      byDepartment.set(row.departmentId, [...(byDepartment.get(row.departmentId) ?? []), row]);
    }
    let published = 0;
    for (const [departmentId, categories] of byDepartment) {
      const netFen = categories.reduce((sum, c) => sum + c.netFen, 0);
      const inserted: unknown[] = await manager.query(
        `INSERT INTO department_materials_statement (department_id, month, campus_id, net_fen, published_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (department_id, month) DO NOTHING RETURNING department_id`,
        [departmentId, month, categories[0].campusId, netFen, now.toISOString()],
      );
      if (!inserted.length) continue;
      await this.changes.publish(manager, [
        changeEvent(
          DepartmentMaterialsCostsV1,
          {
            campusId: categories[0].campusId,
            departmentId,
            costCentreCode: categories[0].costCentreCode,
            month,
            categories: categories.map(({ category, issuedFen, returnedFen, netFen: net }) => ({ category, issuedFen, returnedFen, netFen: net })),
            netFen,
            occurredAt: now.toISOString(),
          },
          departmentId,
        ),
      ]);
      published += 1;
    }
    return published;
  }
}
