import { Module } from '@nestjs/common';
import { AdjustmentsModule } from '../adjustments/adjustments.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { WarehousesModule } from '../warehouses/warehouses.module';
import { ApproveStocktakeUseCase } from './approve-stocktake.use-case';
import { CancelStocktakeUseCase } from './cancel-stocktake.use-case';
import { FinishStocktakeCountingUseCase } from './finish-stocktake-counting.use-case';
import { RecordStocktakeCountsUseCase } from './record-stocktake-counts.use-case';
import { RejectStocktakeUseCase } from './reject-stocktake.use-case';
import { StartStocktakeUseCase } from './start-stocktake.use-case';
import { StocktakeSteps } from './stocktake-steps';
import { StocktakeRepository } from './stocktake.repository';
import { StocktakeResolver } from './stocktake.resolver';

@Module({
  imports: [CatalogueModule, WarehousesModule, AdjustmentsModule],
  providers: [
    StocktakeRepository,
    StocktakeResolver,
    StocktakeSteps,
    StartStocktakeUseCase,
    RecordStocktakeCountsUseCase,
    FinishStocktakeCountingUseCase,
    ApproveStocktakeUseCase,
    RejectStocktakeUseCase,
    CancelStocktakeUseCase,
  ],
})
export class StocktakesModule {}
