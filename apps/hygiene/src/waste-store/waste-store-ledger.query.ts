import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireCampusInScope } from '@houqin/platform-database';
import { DataSource } from 'typeorm';
import { hoursHeld, isOverdue } from '../waste-collection/storage-clock';
import { WasteCollectionRow } from '../waste-collection/waste-collection.entity';
import { WasteCategory } from '../waste-container/waste-category';
import { WasteStoreLedgerArgs } from './waste-store.inputs';
import { WasteStoreCategoryLine, WasteStoreLedger, WasteStoreLoad } from './waste-store.model';

/**
 * 暂存间台账 at any moment: the loads stored by then and not yet transferred by then, rebuilt from their times,
 * so an inspector's "what was in the store on the 3rd at 10:00" has the same answer today as it had then.
 */
@Injectable()
export class WasteStoreLedgerQuery {
  constructor(private readonly dataSource: DataSource) {}

  async compute(identity: Identity, args: WasteStoreLedgerArgs, now = new Date()): Promise<WasteStoreLedger> {
    const campusId = requireCampusInScope(identity, args.campusId);
    const at = args.at ?? now;
    const rows = await this.dataSource
      .getRepository(WasteCollectionRow)
      .createQueryBuilder('c')
      .where('c.campusId = :campusId', { campusId })
      .andWhere('c.storedAt <= :at', { at })
      .andWhere('(c.transferredAt IS NULL OR c.transferredAt > :at)')
      .orderBy('c.collectedAt')
      .getMany();
    const loads = rows.map((row): WasteStoreLoad => ({
      collectionId: row.id,
      departmentId: row.departmentId,
      category: row.category,
      weightGrams: row.weightGrams,
      collectedAt: row.collectedAt,
      storedAt: row.storedAt as Date,
      hoursHeld: hoursHeld(row.collectedAt, at),
      overdue: isOverdue(row.collectedAt, at),
    }));
    const categories = Object.values(WasteCategory).flatMap((category): WasteStoreCategoryLine[] => {
      const of = loads.filter((load) => load.category === category);
      if (!of.length) return [];
      return [{ category, count: of.length, weightGrams: sum(of), oldestHoursHeld: of[0].hoursHeld, overdueCount: of.filter((l) => l.overdue).length }];
    });
    return { campusId, at, count: loads.length, weightGrams: sum(loads), overdueCount: loads.filter((l) => l.overdue).length, categories, loads };
  }
}

const sum = (loads: readonly { weightGrams: number }[]) => loads.reduce((total, load) => total + load.weightGrams, 0);
