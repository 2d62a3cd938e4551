import { Module } from '@nestjs/common';
import { WarehousesModule } from '../warehouses/warehouses.module';
import { ImportJobProcessor } from './import-job.processor';
import { ImportJobRepository } from './import-job.repository';
import { ImportJobResolver } from './import-job.resolver';
import { ImportWorker } from './import-worker';
import { StartItemImportUseCase } from './start-item-import.use-case';

@Module({
  imports: [WarehousesModule],
  providers: [ImportJobRepository, ImportJobResolver, StartItemImportUseCase, ImportJobProcessor, ImportWorker],
})
export class ImportModule {}
