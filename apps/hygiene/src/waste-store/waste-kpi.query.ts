import { Injectable } from '@nestjs/common';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { chinaMonthRange } from '@houqin/platform-calendar';
import { requireCampusInScope } from '@houqin/platform-database';
import { DomainError } from '@houqin/platform-errors';
import { DataSource } from 'typeorm';
import { STORAGE_LIMIT_HOURS } from '../waste-collection/storage-clock';
import { OccupiedBedDaysQuery } from '../inpatient-stay/occupied-bed-days.query';
import { WasteCategory } from '../waste-container/waste-category';
import { WasteKpiArgs } from './waste-store.inputs';
import { WasteMonthFigures } from './waste-store.model';

/**
 * A month of medical waste per campus, in SQL aggregates: kg by category (of loads collected in the Beijing month),
 * loads held past the 48 h limit, transfers and the flagged ones; and kg per occupied bed-day, the bed-days counted
 * from the stays the HIS feed announced (the inpatient census).
 */
@Injectable()
export class WasteKpiQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bedDays: OccupiedBedDaysQuery,
  ) {}

  async compute(identity: Identity, args: WasteKpiArgs, now = new Date()): Promise<WasteMonthFigures[]> {
    const range = chinaMonthRange(args.month);
    if (!range) throw new DomainError('INVALID_INPUT', { detail: 'month must be YYYY-MM' });
    const campuses = args.campusId ? [requireCampusInScope(identity, args.campusId)] : CampusScope.of(identity).filter();
    const params = [range.from, range.to, campuses, now, STORAGE_LIMIT_HOURS];
    const loads = await this.dataSource.query<{ campusId: string; category: WasteCategory; count: number; grams: number; overdue: number }[]>(
      `SELECT campus_id AS "campusId", category, count(*)::int AS count, sum(weight_grams)::int AS grams,
              count(*) FILTER (WHERE coalesce(transferred_at, $4) - collected_at > make_interval(hours => $5))::int AS overdue
         FROM waste_collection
        WHERE collected_at >= $1 AND collected_at < $2 AND ($3::uuid[] IS NULL OR campus_id = ANY($3))
        GROUP BY campus_id, category ORDER BY campus_id, category`,
      params,
    );
    const transfers = await this.dataSource.query<{ campusId: string; count: number; discrepancies: number }[]>(
      `SELECT campus_id AS "campusId", count(*)::int AS count, count(*) FILTER (WHERE discrepancy)::int AS discrepancies
         FROM waste_transfer
        WHERE transferred_at >= $1 AND transferred_at < $2 AND ($3::uuid[] IS NULL OR campus_id = ANY($3))
        GROUP BY campus_id`,
      params.slice(0, 3),
    );
    const census = await this.bedDays.perCampus(campuses, range, now);
    const campusIds = [...new Set([...loads.map((l) => l.campusId), ...transfers.map((t) => t.campusId), ...census.keys()])].sort();
    return campusIds.map((campusId) => {
      const of = loads.filter((l) => l.campusId === campusId);
      const moved = transfers.find((t) => t.campusId === campusId);
      const grams = of.reduce((n, l) => n + l.grams, 0);
      const occupiedBedDays = census.get(campusId) ?? 0;
      return {
        campusId,
        month: args.month,
        collectionCount: of.reduce((n, l) => n + l.count, 0),
        weightGrams: grams,
        byCategory: of.map((l) => ({ category: l.category, count: l.count, weightGrams: l.grams })),
        overdueCount: of.reduce((n, l) => n + l.overdue, 0),
        transferCount: moved?.count ?? 0,
        discrepancyCount: moved?.discrepancies ?? 0,
        occupiedBedDays,
        // Kilograms to three decimals: a ward's figure is tenths of a kilogram per bed-day.
        kgPerOccupiedBedDay: occupiedBedDays ? Math.round(grams / occupiedBedDays) / 1000 : null,
      };
    });
  }
}
