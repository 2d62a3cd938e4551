import { Module } from '@nestjs/common';
import { CreateWarehouseUseCase } from './create-warehouse.use-case';
import { WarehouseRepository } from './warehouse.repository';
import { WarehouseResolver } from './warehouse.resolver';

@Module({
  providers: [WarehouseRepository, WarehouseResolver, CreateWarehouseUseCase],
  exports: [WarehouseRepository],
})
export class WarehousesModule {}
