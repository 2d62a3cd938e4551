import { Module } from '@nestjs/common';
import { CreateItem } from './create-item.use-case';
import { ItemRepository } from './item.repository';
import { ItemResolver } from './item.resolver';
import { UpdateItem } from './update-item.use-case';

@Module({
  providers: [ItemRepository, ItemResolver, CreateItem, UpdateItem],
  exports: [ItemRepository],
})
export class CatalogueModule {}
