import { scopeToCampuses } from '@houqin/platform-database';
import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { groupBy, Page, PageArgs, paginateBatch } from '@houqin/platform-graphql';
import { DataSource, In } from 'typeorm';
import { toItem } from '../catalogue/item.model';
import { ItemRepository } from '../catalogue/item.repository';
import { StockIssueLineRow, StockIssueLotRow, StockIssueRow } from './stock-issue.entity';
import { StockIssue, StockShortage } from './stock-issue.model';
import { StockShortageRow } from './stock-shortage.entity';

export interface StockIssueFilter {
  warehouseId: string | null;
  departmentId: string | null;
  workOrderId: string | null;
}

/** Issues and shortages, always limited to the caller's campuses. */
@Injectable()
export class StockIssueRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ItemRepository,
  ) {}

  private issues(identity: Identity) {
    return scopeToCampuses(this.dataSource.getRepository(StockIssueRow).createQueryBuilder('issue'), identity);
  }

  async findById(identity: Identity, id: string): Promise<StockIssue | null> {
    const row = await this.issues(identity).andWhere('issue.id = :id', { id }).getOne();
    return row ? (await this.toIssues([row]))[0] : null;
  }

  page(identity: Identity, filter: StockIssueFilter, page: PageArgs): Promise<Page<StockIssue>> {
    const query = this.issues(identity);
    if (filter.warehouseId) query.andWhere('issue.warehouseId = :warehouseId', { warehouseId: filter.warehouseId });
    if (filter.departmentId) query.andWhere('issue.departmentId = :departmentId', { departmentId: filter.departmentId });
    if (filter.workOrderId) query.andWhere('issue.workOrderId = :workOrderId', { workOrderId: filter.workOrderId });
    return paginateBatch(query, page, (rows) => this.toIssues(rows));
  }

  /** The issues of many work orders at once (federation resolves a whole list of orders in one call). */
  async forWorkOrders(identity: Identity, workOrderIds: string[]): Promise<Map<string, StockIssue[]>> {
    const rows = await this.issues(identity).andWhere('issue.workOrderId IN (:...workOrderIds)', { workOrderIds }).orderBy('issue.issuedAt', 'ASC').getMany();
    return groupBy(await this.toIssues(rows), (issue) => issue.workOrderId as string);
  }

  async forDepartment(identity: Identity, departmentId: string, period: { from: Date; to: Date }): Promise<StockIssue[]> {
    const rows = await this.issues(identity)
      .andWhere('issue.departmentId = :departmentId', { departmentId })
      .andWhere('issue.issuedAt >= :from AND issue.issuedAt < :to', period)
      .orderBy('issue.issuedAt', 'ASC')
      .getMany();
    return this.toIssues(rows);
  }

  shortages(identity: Identity, warehouseId: string | null, page: PageArgs): Promise<Page<StockShortage>> {
    const query = scopeToCampuses(this.dataSource.getRepository(StockShortageRow).createQueryBuilder('shortage'), identity);
    if (warehouseId) query.andWhere('shortage.warehouseId = :warehouseId', { warehouseId });
    return paginateBatch(query, page, async (rows) => {
      const items = await this.items.findByIds(rows.map((row) => row.itemId));
      return rows.map((row) => {
        const item = items.get(row.itemId);
        return { ...row, item: item ? toItem(item) : null };
      });
    });
  }

  /** Issues with their lines, lot draws and items: three statements for any number of issues. */
  private async toIssues(rows: StockIssueRow[]): Promise<StockIssue[]> {
    if (rows.length === 0) return [];
    const issueIds = rows.map((row) => row.id);
    const [lines, draws] = await Promise.all([
      this.dataSource.manager.find(StockIssueLineRow, { where: { stockIssueId: In(issueIds) }, order: { lineNo: 'ASC' } }),
      this.dataSource.manager.find(StockIssueLotRow, { where: { stockIssueId: In(issueIds) }, order: { drawNo: 'ASC' } }),
    ]);
    const items = await this.items.findByIds(lines.map((line) => line.itemId));
    return rows.map((row) => ({
      id: row.id,
      campusId: row.campusId,
      warehouseId: row.warehouseId,
      departmentId: row.departmentId,
      workOrderId: row.workOrderId,
      issuedAt: row.issuedAt,
      totalCostFen: row.totalCostFen,
      note: row.note,
      lines: lines
        .filter((line) => line.stockIssueId === row.id)
        .map((line) => ({
          item: toItem(items.get(line.itemId)!),
          quantity: line.quantity,
          costFen: line.costFen,
          lots: draws
            .filter((draw) => draw.stockIssueLineId === line.id)
            .map((draw) => ({ lotId: draw.lotId, quantity: draw.quantity, unitCostFen: draw.unitCostFen })),
        })),
    }));
  }
}
