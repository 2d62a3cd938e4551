import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { STAFF_ROLES, Role } from '@houqin/platform-auth';
import type { Identity } from '@houqin/platform-auth';
import { optionalUuid, requireUuid } from '@houqin/platform-errors';
import { CurrentIdentity, Roles } from '@houqin/platform-graphql';
import { CampusRef } from '@houqin/platform-entity-refs';
import { CreateWarehouse } from './create-warehouse.use-case';
import { CreateWarehouseInput } from './warehouse.inputs';
import { toWarehouse, Warehouse } from './warehouse.model';
import { WarehouseRepository } from './warehouse.repository';

@Resolver(() => Warehouse)
export class WarehouseResolver {
  constructor(
    private readonly warehouseRepository: WarehouseRepository,
    private readonly createWarehouseUseCase: CreateWarehouse,
  ) {}

  @Query(() => [Warehouse], { description: 'Warehouses of the campuses the caller may see.' })
  @Roles(...STAFF_ROLES)
  async warehouses(
    @CurrentIdentity() identity: Identity,
    @Args('campusId', { type: () => ID, nullable: true }) campusId?: string | null,
  ): Promise<Warehouse[]> {
    return (await this.warehouseRepository.list(identity, optionalUuid('campusId', campusId))).map(toWarehouse);
  }

  @Query(() => Warehouse)
  @Roles(...STAFF_ROLES)
  async warehouse(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Warehouse> {
    return toWarehouse(await this.warehouseRepository.getVisible(identity, 'id', id));
  }

  @Mutation(() => Warehouse)
  @Roles(Role.GROUP_ADMIN, Role.CAMPUS_ADMIN)
  async createWarehouse(@CurrentIdentity() identity: Identity, @Args('input') input: CreateWarehouseInput): Promise<Warehouse> {
    return toWarehouse(await this.createWarehouseUseCase.execute(identity, input));
  }

  @ResolveField(() => CampusRef)
  campus(@Parent() warehouse: Warehouse): CampusRef {
    return { id: warehouse.campusId };
  }

  @ResolveReference()
  @Roles(...STAFF_ROLES)
  async resolveReference(@Parent() reference: { id: string }, @CurrentIdentity() identity: Identity): Promise<Warehouse | null> {
    const row = await this.warehouseRepository.findVisible(identity, requireUuid('id', reference.id));
    return row ? toWarehouse(row) : null;
  }
}
