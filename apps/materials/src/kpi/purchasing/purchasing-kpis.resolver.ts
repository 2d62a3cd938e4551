import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CampusMaterialsKpis } from '../campus-materials-kpis.model';
import { PurchasingKpiQuery } from './purchasing-kpi.query';
import { purchasingKpisOf } from './purchasing-kpis';
import { PurchasingKpis } from './purchasing-kpis.model';

/** The purchasing family: one statement for every campus-month of the answer. */
@Resolver(() => CampusMaterialsKpis)
export class PurchasingKpisResolver {
  constructor(private readonly query: PurchasingKpiQuery) {}

  @ResolveField(() => PurchasingKpis, {
    description: '采购指标: duplicates avoided, order cycle time, supplier on-time rate, price variance against contract.',
  })
  async purchasing(@Parent() row: CampusMaterialsKpis): Promise<PurchasingKpis> {
    return purchasingKpisOf(await row.request.figures('purchasing', row.campusId, row.month, (request) => this.query.figures(request)));
  }
}
