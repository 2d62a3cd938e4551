import { Injectable } from '@nestjs/common';
import { StockReturnedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses, uuidv7 } from '@houqin/platform-database';
import { DomainError, notFound, requirePositiveInt, requireText, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { EntityManager } from 'typeorm';
import { ItemRepository } from '../catalogue/item.repository';
import { requireLines } from '../common/input-rules';
import { mergeIssueLines } from '../stock-issue/issue-lines';
import { StockIssueRow } from '../stock-issue/stock-issue.entity';
import { lockLotsById } from '../stock/lot-locks';
import { StockLedger } from '../stock/stock-ledger';
import { StockMovementKind } from '../stock/stock-movement.entity';
import { IssuedDraw, planReturn, ReturnPut } from './return-allocation';
import { StockReturnLineRow, StockReturnLotRow, StockReturnRow } from './stock-return.entity';
import { ReturnStockInput } from './stock-return.inputs';

const MAX_LINES = 100;

/**
 * 退库: a department brings issued stock back. It goes into the lots the issue drew from (latest draw
 * first), never more than the issue drew less what has come back already, and the issue's department is
 * credited at the drawn unit costs in the month of the return.
 */
@Injectable()
export class ReturnStock {
  private readonly ledger = new StockLedger();

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly items: ItemRepository,
  ) {}

  async execute(identity: Identity, input: ReturnStockInput): Promise<StockReturnRow> {
    const stockIssueId = requireUuid('stockIssueId', input.stockIssueId);
    const reason = requireText('reason', input.reason, 500);
    const lines = mergeIssueLines(
      requireLines('lines', input.lines, MAX_LINES).map((line, index) => ({
        itemId: requireUuid(`lines[${index}].itemId`, line.itemId),
        quantity: requirePositiveInt(`lines[${index}].quantity`, line.quantity),
      })),
    );
    const items = await this.items.findByIds(lines.map((line) => line.itemId));
    const unknown = lines.find((line) => !items.has(line.itemId));
    if (unknown) throw notFound('Item', unknown.itemId);

    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      // Returns of one issue queue on its row, so two at once cannot both pass the limit.
      const issue = await scopeToCampuses(manager.getRepository(StockIssueRow).createQueryBuilder('issue'), identity)
        .andWhere('issue.id = :id', { id: stockIssueId })
        .setLock('pessimistic_write')
        .getOne();
      if (!issue) throw notFound('StockIssue', stockIssueId);
      const draws = await this.drawsOf(manager, issue.id);

      const planned: { itemId: string; quantity: number; puts: ReturnPut[]; costFen: number }[] = [];
      for (const line of lines) {
        const plan = planReturn(draws.get(line.itemId) ?? [], line.quantity);
        if (plan.kind === 'exceeds') {
          const item = items.get(line.itemId)!;
          const { issued, returned, returnable, requested } = plan;
          throw new DomainError('RETURN_EXCEEDS_ISSUED', { item: `${item.name} (${item.code})`, issued, returned, returnable, requested });
        }
        planned.push({ ...line, puts: plan.puts, costFen: plan.costFen });
      }
      const lots = new Map(
        (
          await lockLotsById(
            manager,
            planned.flatMap((line) => line.puts.map((put) => put.lotId)),
          )
        ).map((lot) => [lot.id, lot]),
      );

      const stockReturn: StockReturnRow = {
        id: uuidv7(),
        campusId: issue.campusId,
        warehouseId: issue.warehouseId,
        stockIssueId: issue.id,
        departmentId: issue.departmentId,
        returnedAt: now,
        totalCostFen: planned.reduce((sum, line) => sum + line.costFen, 0),
        reason,
        returnedBySubject: identity.subject,
        returnedByName: identity.name,
      };
      const lineRows: StockReturnLineRow[] = planned.map((line, index) => ({
        id: uuidv7(),
        stockReturnId: stockReturn.id,
        lineNo: index + 1,
        itemId: line.itemId,
        quantity: line.quantity,
        costFen: line.costFen,
      }));
      const putRows: StockReturnLotRow[] = planned
        .flatMap((line, index) => line.puts.map((put) => ({ put, stockReturnLineId: lineRows[index].id })))
        .map(({ put, stockReturnLineId }, index) => ({ id: uuidv7(), stockReturnId: stockReturn.id, stockReturnLineId, putNo: index + 1, ...put }));

      await manager.insert(StockReturnRow, stockReturn);
      await manager.insert(StockReturnLineRow, lineRows);
      await manager.insert(StockReturnLotRow, putRows);
      await this.ledger.change(
        manager,
        StockMovementKind.RETURN,
        putRows.map((put) => ({ lot: { ...lots.get(put.lotId)!, unitCostFen: put.unitCostFen }, quantity: put.quantity })),
        { type: 'StockReturn', id: stockReturn.id, at: now, actor: identity, departmentId: issue.departmentId, reason },
      );
      const eventLines = planned.map((line) => ({
        itemId: line.itemId,
        quantity: line.quantity,
        costFen: line.costFen,
        lots: line.puts.map((put) => ({ lotId: put.lotId, quantity: put.quantity, unitCostFen: put.unitCostFen })),
      }));
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: 'stock.returned',
            entityType: 'StockReturn',
            entityId: stockReturn.id,
            campusId: stockReturn.campusId,
            before: null,
            after: { ...stockReturn, lines: eventLines },
          },
          events: [
            changeEvent(
              StockReturnedV1,
              {
                stockReturnId: stockReturn.id,
                stockIssueId: issue.id,
                campusId: issue.campusId,
                warehouseId: issue.warehouseId,
                departmentId: issue.departmentId,
                workOrderId: issue.workOrderId,
                returnedAt: now.toISOString(),
                totalCostFen: stockReturn.totalCostFen,
                reason,
                lines: eventLines,
              },
              issue.id,
              stockReturn.id,
            ),
          ],
        },
        now,
      );
      return stockReturn;
    });
  }

  /** The issue's draws per item, each with what has already come back to it. */
  private async drawsOf(manager: EntityManager, stockIssueId: string): Promise<Map<string, IssuedDraw[]>> {
    const rows = await manager.query<(IssuedDraw & { itemId: string })[]>(
      `SELECT draw.id AS "stockIssueLotId", draw.lot_id AS "lotId", draw.draw_no AS "drawNo", draw.quantity, draw.unit_cost_fen AS "unitCostFen",
         line.item_id AS "itemId", coalesce((SELECT sum(put.quantity) FROM stock_return_lot put WHERE put.stock_issue_lot_id = draw.id), 0)::int AS returned
       FROM stock_issue_lot draw JOIN stock_issue_line line ON line.id = draw.stock_issue_line_id
       WHERE draw.stock_issue_id = $1`,
      [stockIssueId],
    );
    const byItem = new Map<string, IssuedDraw[]>();
    for (const { itemId, ...draw } of rows) byItem.set(itemId, [...(byItem.get(itemId) ?? []), draw]);
    return byItem;
  }
}
