import { Injectable } from '@nestjs/common';
import { LinenReturnedV1, LinenShortfallV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { ChangeRecorder, changeEvent, TransitionRunner } from '@houqin/platform-lifecycle';
import { DepartmentReplicaRow } from '@houqin/platform-org-replica';
import { EntityManager } from 'typeorm';
import { LinenExchangeRow, LinenParLevelRow } from './linen-exchange.entity';
import { ReturnCleanLinenInput } from './linen-exchange.inputs';
import { LinenExchangeRepository } from './linen-exchange.repository';
import { LINEN_EXCHANGE_LIFECYCLE, LinenExchangeAction } from './linen-exchange-lifecycle';
import { LinenExchangeStatus } from './linen-exchange-status';
import { linenExchangeFacts } from './linen-exchange-facts';
import { LinenKind } from './linen-kind';
import { applyReturn, fullyReturned, LinenCount, linenShortfalls, outstanding, requireLinenCounts } from './linen-lines';

/**
 * 送净: clean linen back from the laundry against a collection. The collection is returned once nothing is
 * outstanding; a department left holding too little of a kind against its par raises a shortfall, in the same
 * transaction.
 */
@Injectable()
export class ReturnCleanLinen {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly changes: ChangeRecorder,
    private readonly repository: LinenExchangeRepository,
  ) {}

  static validate(input: ReturnCleanLinenInput): LinenCount[] {
    return requireLinenCounts(input.lines);
  }

  execute(identity: Identity, input: ReturnCleanLinenInput): Promise<LinenExchangeRow> {
    const counts = ReturnCleanLinen.validate(input);
    return this.transitions.run(identity, LINEN_EXCHANGE_LIFECYCLE, {
      action: LinenExchangeAction.RETURN,
      load: (manager) => this.repository.findVisible(identity, input.linenExchangeId, manager, true),
      apply: async (row, at, manager) => {
        row.lines = applyReturn(row.lines, counts);
        row.status = fullyReturned(row.lines) ? LinenExchangeStatus.RETURNED : LinenExchangeStatus.OPEN;
        row.lastReturnedAt = at;
        await this.raiseShortfalls(manager, row, at);
      },
      event: {
        contract: LinenReturnedV1,
        data: (row, at) => ({ ...linenExchangeFacts(row, identity, at), lines: counts, complete: row.status === LinenExchangeStatus.RETURNED }),
      },
    });
  }

  /** Pieces at the laundry over the department's open collections, this one as it is after the return. */
  private async raiseShortfalls(manager: EntityManager, row: LinenExchangeRow, at: Date): Promise<void> {
    const others: { kind: LinenKind; pieces: number }[] = await manager.query(
      `SELECT line->>'kind' AS kind, sum((line->>'collected')::int - (line->>'returned')::int - (line->>'lost')::int)::int AS pieces
         FROM linen_exchange e CROSS JOIN LATERAL jsonb_array_elements(e.lines) AS line
        WHERE e.department_id = $1 AND e.status = 'OPEN' AND e.id <> $2
        GROUP BY 1`,
      [row.departmentId, row.id],
    );
    const atLaundry = new Map(others.map((o) => [o.kind, o.pieces]));
    for (const line of row.lines) atLaundry.set(line.kind, (atLaundry.get(line.kind) ?? 0) + outstanding(line));
    const par = new Map((await manager.findBy(LinenParLevelRow, { departmentId: row.departmentId })).map((p) => [p.kind, p.quantity]));
    const short = linenShortfalls(par, atLaundry);
    if (!short.length) return;
    const department = await manager.findOneByOrFail(DepartmentReplicaRow, { id: row.departmentId });
    const facts = {
      linenExchangeId: row.id,
      campusId: row.campusId,
      departmentId: row.departmentId,
      departmentName: department.name,
      occurredAt: at.toISOString(),
    };
    await this.changes.publish(
      manager,
      short.map((s) => changeEvent(LinenShortfallV1, { ...facts, ...s }, row.departmentId)),
      at,
    );
  }
}
