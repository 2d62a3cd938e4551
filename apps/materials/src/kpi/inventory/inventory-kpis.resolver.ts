import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { chinaToday } from '@houqin/platform-calendar';
import { CampusMaterialsKpis } from '../campus-materials-kpis.model';
import { InventoryKpiQuery } from './inventory-kpi.query';
import { inventoryKpisOf } from './inventory-kpis';
import { InventoryKpis } from './inventory-kpis.model';

/** The inventory family: one statement for every campus-month of the answer, however many rows ask. */
@Resolver(() => CampusMaterialsKpis)
export class InventoryKpisResolver {
  constructor(private readonly query: InventoryKpiQuery) {}

  @ResolveField(() => InventoryKpis, { description: '库存指标: turnover, days of cover, stock-outs and expiry, from the stock ledger at cost.' })
  async inventory(@Parent() row: CampusMaterialsKpis): Promise<InventoryKpis> {
    const figures = await row.request.figures('inventory', row.campusId, row.month, (request) => this.query.figures(request));
    const period = row.request.months.find((m) => m.month === row.month)!;
    return inventoryKpisOf(figures, chinaToday(new Date(period.to.getTime() - 1)));
  }
}
