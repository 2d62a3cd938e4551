import { EventData, StockIssuedV1, StockReturnedV1 } from '@houqin/contracts';
import { CloudEvent, ConsumerGroup, EventHandler } from '@houqin/platform-events';
import { EntityManager } from 'typeorm';

/** Materials' stock issue for a work order is that order's parts cost (less what is returned); other issues are not maintenance's. */
@ConsumerGroup('parts-costs', 'the parts cost of the work order (`WorkOrder.cost`)')
export class PartsCostHandler implements EventHandler<typeof StockIssuedV1> {
  readonly contract = StockIssuedV1;

  async handle(event: CloudEvent<EventData<typeof StockIssuedV1>>, manager: EntityManager): Promise<void> {
    const { stockIssueId, workOrderId, campusId, departmentId, totalCostFen, issuedAt } = event.data;
    if (!workOrderId) return;
    await manager.query(
      `INSERT INTO work_order_parts_cost (stock_issue_id, work_order_id, campus_id, department_id, cost_fen, issued_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (stock_issue_id) DO NOTHING`,
      [stockIssueId, workOrderId, campusId, departmentId, totalCostFen, issuedAt],
    );
  }
}

/** Parts of a work order's issue brought back to the store (退库): the order, and its department that month, are credited. */
@ConsumerGroup('parts-costs', 'credits the parts brought back to the store to the work order and, that month, to its department')
export class PartsReturnHandler implements EventHandler<typeof StockReturnedV1> {
  readonly contract = StockReturnedV1;

  async handle(event: CloudEvent<EventData<typeof StockReturnedV1>>, manager: EntityManager): Promise<void> {
    const { stockReturnId, stockIssueId, workOrderId, campusId, departmentId, totalCostFen, returnedAt } = event.data;
    if (!workOrderId) return;
    await manager.query(
      `INSERT INTO work_order_parts_return (stock_return_id, stock_issue_id, work_order_id, campus_id, department_id, cost_fen, returned_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (stock_return_id) DO NOTHING`,
      [stockReturnId, stockIssueId, workOrderId, campusId, departmentId, totalCostFen, returnedAt],
    );
  }
}
