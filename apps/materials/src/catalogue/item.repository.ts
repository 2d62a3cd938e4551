import { likePattern } from '@houqin/platform-database';
import { Injectable } from '@nestjs/common';
import { PageArgs, paginate, Page } from '@houqin/platform-graphql';
import { DataSource, EntityManager, In } from 'typeorm';
import { ItemCategory } from './item';
import { ItemRow } from './item.entity';
import { Item, toItem } from './item.model';

/** Items are group-wide: every role reads the whole catalogue, so there is no campus filter here. */
@Injectable()
export class ItemRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ItemRow | null> {
    return manager.findOneBy(ItemRow, { id });
  }

  /** Loads many items in one statement (lines, lots and levels show their items). */
  async findByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, ItemRow>> {
    const unique = [...new Set(ids)];
    const rows = unique.length ? await manager.findBy(ItemRow, { id: In(unique) }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  search(filter: { search: string | null; category: ItemCategory | null }, page: PageArgs): Promise<Page<Item>> {
    const query = this.dataSource.getRepository(ItemRow).createQueryBuilder('item');
    if (filter.search) {
      query.andWhere('(item.code ILIKE :pattern OR item.name ILIKE :pattern OR item.nameEn ILIKE :pattern)', { pattern: likePattern(filter.search) });
    }
    if (filter.category) query.andWhere('item.category = :category', { category: filter.category });
    return paginate(query, page, toItem);
  }
}
