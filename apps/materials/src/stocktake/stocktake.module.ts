import { Module } from '@nestjs/common';
import { StockAdjustmentModule } from '../stock-adjustment/stock-adjustment.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { WarehouseModule } from '../warehouse/warehouse.module';
import { ApproveStocktake } from './approve-stocktake.use-case';
import { CancelStocktake } from './cancel-stocktake.use-case';
import { FinishStocktakeCounting } from './finish-stocktake-counting.use-case';
import { RecordStocktakeCounts } from './record-stocktake-counts.use-case';
import { RejectStocktake } from './reject-stocktake.use-case';
import { StartStocktake } from './start-stocktake.use-case';
import { StocktakeSteps } from './stocktake-steps';
import { StocktakeRepository } from './stocktake.repository';
import { StocktakeResolver } from './stocktake.resolver';

@Module({
  imports: [CatalogueModule, WarehouseModule, StockAdjustmentModule],
  providers: [
    StocktakeRepository,
    StocktakeResolver,
    StocktakeSteps,
    StartStocktake,
    RecordStocktakeCounts,
    FinishStocktakeCounting,
    ApproveStocktake,
    RejectStocktake,
    CancelStocktake,
  ],
})
export class StocktakeModule {}
