import { Injectable } from '@nestjs/common';
import { Page, PageArgs, paginateBatch } from '@houqin/platform-graphql';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import { toItem } from '../catalogue/item.model';
import { ItemRepository } from '../catalogue/item.repository';
import { StockIssueLineRow, StockIssueRow } from '../stock-issue/stock-issue.entity';
import { Caller, readScope } from './requisition-access';
import { AWAITING_ISSUE, RequisitionStatus } from './requisition-lifecycle';
import { outstandingOf } from './requisition-lines';
import { balanceOf } from './requisition-steps';
import {
  RequisitionHistoryRow,
  RequisitionIssueRow,
  RequisitionLineRow,
  RequisitionOldUnitRow,
  RequisitionPolicyRow,
  RequisitionRow,
} from './requisition.entity';
import { Requisition, RequisitionPolicy } from './requisition.model';

export interface RequisitionFilter {
  campusId: string | null;
  departmentId: string | null;
  status: RequisitionStatus | null;
}

/** Requisitions as the caller may read them: their campuses' (store, materials office), or their department's (clinical staff). */
@Injectable()
export class RequisitionRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ItemRepository,
  ) {}

  private requisitions(caller: Caller): SelectQueryBuilder<RequisitionRow> {
    const query = this.dataSource.getRepository(RequisitionRow).createQueryBuilder('requisition');
    const scope = readScope(caller);
    if (scope.kind === 'none') query.andWhere('false');
    if (scope.kind === 'department') query.andWhere('requisition.departmentId = :scopeDepartmentId', { scopeDepartmentId: scope.departmentId });
    if (scope.kind === 'campuses' && scope.campusIds) query.andWhere('requisition.campusId = ANY(:scopeCampusIds)', { scopeCampusIds: scope.campusIds });
    return query;
  }

  async findById(caller: Caller, id: string): Promise<Requisition | null> {
    const row = await this.requisitions(caller).andWhere('requisition.id = :id', { id }).getOne();
    return row ? (await this.toRequisitions([row]))[0] : null;
  }

  page(caller: Caller, filter: RequisitionFilter, page: PageArgs): Promise<Page<Requisition>> {
    const query = this.requisitions(caller);
    if (filter.campusId) query.andWhere('requisition.campusId = :campusId', { campusId: filter.campusId });
    if (filter.departmentId) query.andWhere('requisition.departmentId = :departmentId', { departmentId: filter.departmentId });
    if (filter.status) query.andWhere('requisition.status = :status', { status: filter.status });
    return paginateBatch(query, page, (rows) => this.toRequisitions(rows));
  }

  policy(campusId: string): Promise<RequisitionPolicy | null> {
    return this.dataSource.manager.findOneBy(RequisitionPolicyRow, { campusId });
  }

  /** Requisitions with lines, history, issues (with their 出库单 lines) and old units: seven statements for any number. */
  private async toRequisitions(rows: RequisitionRow[]): Promise<Requisition[]> {
    if (rows.length === 0) return [];
    const manager = this.dataSource.manager;
    const requisitionIds = rows.map((row) => row.id);
    const [lines, history, issues, oldUnits] = await Promise.all([
      manager.find(RequisitionLineRow, { where: { requisitionId: In(requisitionIds) }, order: { lineNo: 'ASC' } }),
      manager.find(RequisitionHistoryRow, { where: { requisitionId: In(requisitionIds) }, order: { occurredAt: 'ASC', id: 'ASC' } }),
      manager.find(RequisitionIssueRow, { where: { requisitionId: In(requisitionIds) }, order: { issuedAt: 'ASC', id: 'ASC' } }),
      manager.find(RequisitionOldUnitRow, { where: { requisitionId: In(requisitionIds) }, order: { recordedAt: 'ASC', id: 'ASC' } }),
    ]);
    const stockIssueIds = issues.map((issue) => issue.stockIssueId);
    const [stockIssues, stockIssueLines] = stockIssueIds.length
      ? await Promise.all([
          manager.findBy(StockIssueRow, { id: In(stockIssueIds) }),
          manager.find(StockIssueLineRow, { where: { stockIssueId: In(stockIssueIds) }, order: { lineNo: 'ASC' } }),
        ])
      : [[], []];
    const items = await this.items.findByIds([...lines.map((line) => line.itemId), ...oldUnits.map((unit) => unit.itemId)]);
    const item = (itemId: string) => toItem(items.get(itemId)!);
    return rows.map((row) => {
      const own = lines.filter((line) => line.requisitionId === row.id);
      const owed = (line: RequisitionLineRow) => (AWAITING_ISSUE.includes(row.status) ? outstandingOf(balanceOf(line)) : 0);
      return {
        id: row.id,
        number: row.number,
        campusId: row.campusId,
        warehouseId: row.warehouseId,
        departmentId: row.departmentId,
        department: { id: row.departmentId },
        status: row.status,
        reason: row.reason,
        requester: { id: row.requesterStaffId },
        requesterName: row.requesterName,
        submittedByName: row.submittedByName,
        submittedAt: row.submittedAt,
        approvalRoute: row.approvalRoute,
        approvalRouteReason: row.approvalRouteReason,
        valueFen: row.valueFen,
        outstanding: own.reduce((sum, line) => sum + owed(line), 0),
        lines: own.map((line) => ({
          lineNo: line.lineNo,
          item: item(line.itemId),
          note: line.note,
          requested: line.quantityRequested,
          approved: line.quantityApproved,
          issued: line.quantityIssued,
          outstanding: owed(line),
          exchangeExemptQuantity: line.exchangeExemptQuantity,
          exchangeExemptUsed: line.exchangeExemptUsed,
          exchangeExemptionReason: line.exchangeExemptionReason,
          exchangeExemptionNote: line.exchangeExemptionNote,
        })),
        history: history.filter((entry) => entry.requisitionId === row.id),
        issues: issues
          .filter((issue) => issue.requisitionId === row.id)
          .map((issue) => ({
            stockIssueId: issue.stockIssueId,
            issuedAt: issue.issuedAt,
            issuedByName: issue.issuedByName,
            totalCostFen: stockIssues.find((stockIssue) => stockIssue.id === issue.stockIssueId)?.totalCostFen ?? 0,
            lines: stockIssueLines
              .filter((line) => line.stockIssueId === issue.stockIssueId)
              .map((line) => ({ item: item(line.itemId), quantity: line.quantity, costFen: line.costFen })),
            oldUnits: oldUnits
              .filter((unit) => unit.requisitionIssueId === issue.id)
              .map((unit) => ({ item: item(unit.itemId), quantity: unit.quantity, condition: unit.condition, note: unit.note })),
          })),
      };
    });
  }
}
