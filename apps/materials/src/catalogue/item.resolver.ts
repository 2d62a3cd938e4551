import { MaterialsRole } from '@houqin/contracts';
import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { STAFF_ROLES, Role } from '@houqin/platform-auth';
import type { Identity } from '@houqin/platform-auth';
import { notFound, optionalText, requireUuid } from '@houqin/platform-errors';
import { batchLoad, CurrentIdentity, PageArgs, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { CreateItem } from './create-item.use-case';
import { ItemCategory } from './item';
import { CreateItemInput, UpdateItemInput } from './item.inputs';
import { Item, ItemConnection, toItem } from './item.model';
import { ItemRepository } from './item.repository';
import { UpdateItem } from './update-item.use-case';

const CATALOGUE_EDITORS = [Role.GROUP_ADMIN, MaterialsRole.STOREKEEPER];

@Resolver(() => Item)
export class ItemResolver {
  constructor(
    private readonly itemRepository: ItemRepository,
    private readonly createItemUseCase: CreateItem,
    private readonly updateItemUseCase: UpdateItem,
  ) {}

  @Query(() => ItemConnection, { description: '物资目录: the catalogue, filtered by code/name and category.' })
  @Roles(...STAFF_ROLES)
  items(
    @Args() page: PageArgs,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('category', { type: () => ItemCategory, nullable: true }) category?: ItemCategory | null,
  ): Promise<Page<Item>> {
    return this.itemRepository.search({ search: optionalText('search', search, 100), category: category ?? null }, page);
  }

  @Query(() => Item)
  @Roles(...STAFF_ROLES)
  async item(@Args('id', { type: () => ID }) id: string): Promise<Item> {
    const row = await this.itemRepository.findById(requireUuid('id', id));
    if (!row) throw notFound('Item', id);
    return toItem(row);
  }

  @Mutation(() => Item)
  @Roles(...CATALOGUE_EDITORS)
  async createItem(@CurrentIdentity() identity: Identity, @Args('input') input: CreateItemInput): Promise<Item> {
    return toItem(await this.createItemUseCase.execute(identity, input));
  }

  @Mutation(() => Item)
  @Roles(...CATALOGUE_EDITORS)
  async updateItem(@CurrentIdentity() identity: Identity, @Args('input') input: UpdateItemInput): Promise<Item> {
    return toItem(await this.updateItemUseCase.execute(identity, input));
  }

  // No parameter decorators: Apollo calls __resolveReference(reference, context). Items of a whole list of
  // work orders load in one batch.
  @ResolveReference()
  @Roles(...STAFF_ROLES)
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<Item | null> {
    const row = await batchLoad(context, 'itemReference', requireUuid('id', reference.id), (ids) => this.itemRepository.findByIds(ids));
    return row ? toItem(row) : null;
  }
}
