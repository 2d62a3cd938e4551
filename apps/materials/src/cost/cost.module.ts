import { Module } from '@nestjs/common';
import { CostResolver } from './cost.resolver';
import { MaterialsCostLedger } from './materials-cost-ledger';
import { MonthlyMaterialsCostJob } from './monthly-materials-cost.job';

/** Costs to finance (计财科): monthly stock charges per department and category, as a report and an event. */
@Module({ providers: [MaterialsCostLedger, MonthlyMaterialsCostJob, CostResolver] })
export class CostModule {}
