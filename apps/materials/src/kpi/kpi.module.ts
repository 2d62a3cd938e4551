import { Module } from '@nestjs/common';
import { WarehouseModule } from '../warehouse/warehouse.module';
import { InventoryKpiQuery } from './inventory/inventory-kpi.query';
import { InventoryKpisResolver } from './inventory/inventory-kpis.resolver';
import { KpiResolver } from './kpi.resolver';
import { PurchasingKpiQuery } from './purchasing/purchasing-kpi.query';
import { PurchasingKpisResolver } from './purchasing/purchasing-kpis.resolver';
import { StocktakeKpiQuery } from './stocktake/stocktake-kpi.query';
import { StocktakeKpisResolver } from './stocktake/stocktake-kpis.resolver';
import { MaterialsKpisQuery } from './materials-kpis.query';

/**
 * 物资指标 (materials KPIs) per campus and month. The queries and their scope are here; each family of figures is
 * a field resolver on CampusMaterialsKpis with its own query class (inventory, purchasing and stocktake below; others
 * add theirs beside them, each answering a KpiRequest in one statement).
 */
@Module({
  imports: [WarehouseModule],
  providers: [
    MaterialsKpisQuery,
    KpiResolver,
    InventoryKpiQuery,
    InventoryKpisResolver,
    PurchasingKpiQuery,
    PurchasingKpisResolver,
    StocktakeKpiQuery,
    StocktakeKpisResolver,
  ],
})
export class KpiModule {}
