import { Module } from '@nestjs/common';
import { WarehousesModule } from '../warehouses/warehouses.module';
import { InventoryKpiQuery } from './inventory/inventory-kpi.query';
import { InventoryKpisResolver } from './inventory/inventory-kpis.resolver';
import { KpisResolver } from './kpis.resolver';
import { MaterialsKpisService } from './materials-kpis.service';

/**
 * 物资指标 (materials KPIs) per campus and month. The queries and their scope are here; each family of figures is
 * a field resolver on CampusMaterialsKpis with its own query class (inventory below; purchasing and stocktakes add
 * theirs beside it, each answering a KpiRequest in one statement).
 */
@Module({
  imports: [WarehousesModule],
  providers: [MaterialsKpisService, KpisResolver, InventoryKpiQuery, InventoryKpisResolver],
})
export class KpisModule {}
