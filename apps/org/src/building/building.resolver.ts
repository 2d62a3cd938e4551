import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, PageArgs, RequestContext, Roles } from '@houqin/platform-graphql';
import { CAMPUS } from '../campus/campus.entity';
import { Campus, toCampus } from '../campus/campus.model';
import { DirectoryReader } from '../common/directory-reader';
import { DIRECTORY_KEEPERS, DIRECTORY_READERS } from '../org.roles';
import { BUILDING, FLOOR } from './building.entity';
import { BuildingsArgs, CreateBuildingInput, UpdateBuildingInput } from './building.inputs';
import { Building, BuildingConnection, Floor, FloorConnection, toBuilding, toFloor } from './building.model';
import { BuildingRepository } from './building.repository';
import { CreateBuilding } from './create-building.use-case';
import { UpdateBuilding } from './update-building.use-case';

@Resolver(() => Building)
export class BuildingResolver {
  constructor(
    private readonly repository: BuildingRepository,
    private readonly reader: DirectoryReader,
    private readonly createBuildingUseCase: CreateBuilding,
    private readonly updateBuildingUseCase: UpdateBuilding,
  ) {}

  @Query(() => BuildingConnection)
  @Roles(...DIRECTORY_READERS)
  buildings(@CurrentIdentity() identity: Identity, @Args() args: BuildingsArgs): Promise<Page<Building>> {
    return this.repository.buildings(identity, args, toBuilding);
  }

  /** Called by Apollo as (reference, context, info): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<Building | null> {
    const row = await this.reader.load(context, BUILDING, reference.id);
    return row ? toBuilding(row) : null;
  }

  @ResolveField(() => Campus)
  async campus(@Parent() building: Building, @Context() context: RequestContext): Promise<Campus | null> {
    const row = await this.reader.load(context, CAMPUS, building.campusId);
    return row ? toCampus(row) : null;
  }

  @ResolveField(() => FloorConnection)
  floors(@Parent() building: Building, @Args() args: PageArgs, @Context() context: RequestContext): Promise<Page<Floor>> {
    return this.reader.loadPage(context, FLOOR, 'buildingId', building.id, args, toFloor);
  }

  @Mutation(() => Building, { description: '新增楼栋' })
  @Roles(...DIRECTORY_KEEPERS)
  async createBuilding(@CurrentIdentity() identity: Identity, @Args('input') input: CreateBuildingInput): Promise<Building> {
    return toBuilding(await this.createBuildingUseCase.execute(identity, input));
  }

  @Mutation(() => Building, { description: '修改楼栋' })
  @Roles(...DIRECTORY_KEEPERS)
  async updateBuilding(@CurrentIdentity() identity: Identity, @Args('input') input: UpdateBuildingInput): Promise<Building> {
    return toBuilding(await this.updateBuildingUseCase.execute(identity, input));
  }
}
