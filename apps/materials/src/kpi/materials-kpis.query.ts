import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireCampusInScope } from '@houqin/platform-database';
import { notFound } from '@houqin/platform-errors';
import { CampusReplicaRow } from '@houqin/platform-org-replica';
import { DataSource, In } from 'typeorm';
import { requireLines } from '../common/input-rules';
import { WarehouseRepository } from '../warehouse/warehouse.repository';
import { CampusMaterialsKpis } from './campus-materials-kpis.model';
import { KpiMonth, kpiMonthsBetween, requireKpiMonth } from './kpi-months';
import { KpiCampus, KpiRequest } from './kpi-request';

const MAX_CAMPUSES = 50;

/**
 * Which campus-months a caller gets KPIs for. Group-wide roles see every campus with a warehouse; everyone else
 * their own campuses' (through WarehouseRepository's campus scope). A campus named outside the caller's scope is
 * FORBIDDEN. The figures themselves are the families' (see KpiRequest).
 */
@Injectable()
export class MaterialsKpisQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly warehouses: WarehouseRepository,
  ) {}

  /** One row per campus for `month`: the campuses named, else every campus with a warehouse the caller sees. */
  async forMonth(identity: Identity, month: string, campusIds: readonly string[] | null | undefined, now = new Date()): Promise<CampusMaterialsKpis[]> {
    const period = requireKpiMonth('month', month);
    const campuses = await this.campuses(identity, campusIds);
    return this.rows(new KpiRequest(campuses, [period], now));
  }

  /** One row per month from `fromMonth` to `toMonth` (at most MAX_TREND_MONTHS) for one campus. */
  async trend(identity: Identity, campusId: string, fromMonth: string, toMonth: string, now = new Date()): Promise<CampusMaterialsKpis[]> {
    const months = kpiMonthsBetween(fromMonth, toMonth);
    const campuses = await this.campuses(identity, [campusId], 'campusId');
    return this.rows(new KpiRequest(campuses, months, now));
  }

  private rows(request: KpiRequest): CampusMaterialsKpis[] {
    return request.campuses.flatMap((campus) =>
      request.months.map((period: KpiMonth) => ({
        campusId: campus.id,
        campus: { id: campus.id },
        campusName: campus.name,
        month: period.month,
        request,
      })),
    );
  }

  private async campuses(identity: Identity, requested: readonly string[] | null | undefined, field = 'campusIds'): Promise<KpiCampus[]> {
    const visible = await this.warehouses.list(identity, null);
    const ids = requested
      ? [...new Set(requireLines(field, requested, MAX_CAMPUSES).map((id) => requireCampusInScope(identity, id, field)))]
      : visible.map((warehouse) => warehouse.campusId);
    const names = new Map(
      (ids.length ? await this.dataSource.manager.findBy(CampusReplicaRow, { id: In(ids) }) : []).map((campus) => [campus.id, campus.name]),
    );
    // A campus named that neither the org directory nor a warehouse knows does not exist (here, at least).
    const withWarehouse = new Set(visible.map((warehouse) => warehouse.campusId));
    const unknown = ids.find((id) => !names.has(id) && !withWarehouse.has(id));
    if (unknown) throw notFound('Campus', unknown);
    return ids.map((id) => ({ id, name: names.get(id) ?? null }));
  }
}
