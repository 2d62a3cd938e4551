import { Module } from '@nestjs/common';
import { CreateItemUseCase } from './create-item.use-case';
import { ItemRepository } from './item.repository';
import { ItemResolver } from './item.resolver';
import { UpdateItemUseCase } from './update-item.use-case';

@Module({
  providers: [ItemRepository, ItemResolver, CreateItemUseCase, UpdateItemUseCase],
  exports: [ItemRepository],
})
export class CatalogueModule {}
