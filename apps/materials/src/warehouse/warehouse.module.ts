import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { CreateWarehouse } from './create-warehouse.use-case';
import { WarehouseRepository } from './warehouse.repository';
import { WarehouseResolver } from './warehouse.resolver';

@Module({
  imports: [OrgReplicaModule],
  providers: [WarehouseRepository, WarehouseResolver, CreateWarehouse],
  exports: [WarehouseRepository],
})
export class WarehouseModule {}
