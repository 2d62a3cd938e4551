import { Module } from '@nestjs/common';
import { StockModule } from '../stock/stock.module';
import { WarehouseModule } from '../warehouse/warehouse.module';
import { ImportJobProcessor } from './import-job.processor';
import { ImportJobRepository } from './import-job.repository';
import { ImportJobResolver } from './import-job.resolver';
import { ImportWorker } from './import-worker';
import { StartItemImport } from './start-item-import.use-case';

@Module({
  imports: [WarehouseModule, StockModule],
  providers: [ImportJobRepository, ImportJobResolver, StartItemImport, ImportJobProcessor, ImportWorker],
})
export class ImportModule {}
