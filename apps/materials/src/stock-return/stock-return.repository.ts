import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { DataSource, In } from 'typeorm';
import { toItem } from '../catalogue/item.model';
import { ItemRepository } from '../catalogue/item.repository';
import { StockReturnLineRow, StockReturnLotRow, StockReturnRow } from './stock-return.entity';
import { StockReturn } from './stock-return.model';

/** Returns, always limited to the caller's campuses. */
@Injectable()
export class StockReturnRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ItemRepository,
  ) {}

  private returns(identity: Identity) {
    return scopeToCampuses(this.dataSource.getRepository(StockReturnRow).createQueryBuilder('stockReturn'), identity);
  }

  async findById(identity: Identity, id: string): Promise<StockReturn | null> {
    const row = await this.returns(identity).andWhere('stockReturn.id = :id', { id }).getOne();
    return row ? (await this.toReturns([row]))[0] : null;
  }

  /** The returns credited to a department in a period (by when they came back, not when they were issued). */
  async forDepartment(identity: Identity, departmentId: string, period: { from: Date; to: Date }): Promise<StockReturn[]> {
    const rows = await this.returns(identity)
      .andWhere('stockReturn.departmentId = :departmentId', { departmentId })
      .andWhere('stockReturn.returnedAt >= :from AND stockReturn.returnedAt < :to', period)
      .orderBy('stockReturn.returnedAt', 'ASC')
      .getMany();
    return this.toReturns(rows);
  }

  /** Returns with their lines, lots and items: three statements for any number of returns. */
  private async toReturns(rows: StockReturnRow[]): Promise<StockReturn[]> {
    if (rows.length === 0) return [];
    const returnIds = rows.map((row) => row.id);
    const [lines, puts] = await Promise.all([
      this.dataSource.manager.find(StockReturnLineRow, { where: { stockReturnId: In(returnIds) }, order: { lineNo: 'ASC' } }),
      this.dataSource.manager.find(StockReturnLotRow, { where: { stockReturnId: In(returnIds) }, order: { putNo: 'ASC' } }),
    ]);
    const items = await this.items.findByIds(lines.map((line) => line.itemId));
    return rows.map((row) => ({
      id: row.id,
      campusId: row.campusId,
      warehouseId: row.warehouseId,
      stockIssueId: row.stockIssueId,
      departmentId: row.departmentId,
      department: { id: row.departmentId },
      returnedAt: row.returnedAt,
      totalCostFen: row.totalCostFen,
      reason: row.reason,
      lines: lines
        .filter((line) => line.stockReturnId === row.id)
        .map((line) => ({
          item: toItem(items.get(line.itemId)!),
          quantity: line.quantity,
          costFen: line.costFen,
          lots: puts
            .filter((put) => put.stockReturnLineId === line.id)
            .map((put) => ({ lotId: put.lotId, quantity: put.quantity, unitCostFen: put.unitCostFen })),
        })),
    }));
  }
}
