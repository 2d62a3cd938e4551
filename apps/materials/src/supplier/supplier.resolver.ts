import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Identity } from '@houqin/platform-auth';
import { notFound, optionalText, requireUuid } from '@houqin/platform-errors';
import { CurrentIdentity, Page, PageArgs, Roles } from '@houqin/platform-graphql';
import { CreateSupplier } from './create-supplier.use-case';
import { SUPPLIER_READERS, SUPPLIER_WRITERS } from './supplier-roles';
import { CreateSupplierInput, UpdateSupplierInput } from './supplier.inputs';
import { Supplier, SupplierConnection, toSupplier } from './supplier.model';
import { SupplierRepository } from './supplier.repository';
import { UpdateSupplier } from './update-supplier.use-case';

@Resolver(() => Supplier)
export class SupplierResolver {
  constructor(
    private readonly supplierRepository: SupplierRepository,
    private readonly createSupplierUseCase: CreateSupplier,
    private readonly updateSupplierUseCase: UpdateSupplier,
  ) {}

  @Query(() => SupplierConnection, { description: '供应商: group-wide, filtered by code, name or credit code and by active.' })
  @Roles(...SUPPLIER_READERS)
  suppliers(
    @Args() page: PageArgs,
    @Args('active', { type: () => Boolean, nullable: true }) active?: boolean | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
  ): Promise<Page<Supplier>> {
    return this.supplierRepository.page({ active: active ?? null, search: optionalText('search', search, 100) }, page);
  }

  @Query(() => Supplier)
  @Roles(...SUPPLIER_READERS)
  async supplier(@Args('id', { type: () => ID }) id: string): Promise<Supplier> {
    const row = await this.supplierRepository.findById(requireUuid('id', id));
    if (!row) throw notFound('Supplier', id);
    return toSupplier(row);
  }

  @Mutation(() => Supplier, { description: '新增供应商: code and 统一社会信用代码 unique; the credit code’s check character must hold.' })
  @Roles(...SUPPLIER_WRITERS)
  async createSupplier(@CurrentIdentity() identity: Identity, @Args('input') input: CreateSupplierInput): Promise<Supplier> {
    return toSupplier(await this.createSupplierUseCase.execute(identity, input));
  }

  @Mutation(() => Supplier)
  @Roles(...SUPPLIER_WRITERS)
  async updateSupplier(@CurrentIdentity() identity: Identity, @Args('input') input: UpdateSupplierInput): Promise<Supplier> {
    return toSupplier(await this.updateSupplierUseCase.execute(identity, input));
  }

  @Mutation(() => Supplier, { description: '停用供应商: nothing new is priced or ordered from it; its contracts and history stay.' })
  @Roles(...SUPPLIER_WRITERS)
  async deactivateSupplier(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<Supplier> {
    return toSupplier(await this.updateSupplierUseCase.deactivate(identity, id, reason));
  }
}
