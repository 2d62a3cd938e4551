import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CampusMaterialsKpis } from '../campus-materials-kpis.model';
import { StocktakeKpiQuery } from './stocktake-kpi.query';
import { StocktakeKpis } from './stocktake-kpis.model';

/** The stocktake family: one statement for every campus-month of the answer. */
@Resolver(() => CampusMaterialsKpis)
export class StocktakeKpisResolver {
  constructor(private readonly query: StocktakeKpiQuery) {}

  @ResolveField(() => StocktakeKpis, { description: '账物相符率: how well the books matched the shelves in the stocktakes approved in the month.' })
  stocktake(@Parent() row: CampusMaterialsKpis): Promise<StocktakeKpis> {
    return row.request.figures('stocktake', row.campusId, row.month, (request) => this.query.figures(request));
  }
}
