import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { DirectoryReader } from '../common/directory-reader';
import { DIRECTORY_KEEPERS, DIRECTORY_READERS } from '../org.roles';
import { BUILDING, FLOOR } from './building.entity';
import { CreateFloorInput, FloorsArgs, UpdateFloorInput } from './building.inputs';
import { Building, Floor, FloorConnection, toBuilding, toFloor } from './building.model';
import { BuildingRepository } from './building.repository';
import { CreateFloor } from './create-floor.use-case';
import { UpdateFloor } from './update-floor.use-case';

@Resolver(() => Floor)
export class FloorResolver {
  constructor(
    private readonly repository: BuildingRepository,
    private readonly reader: DirectoryReader,
    private readonly createFloorUseCase: CreateFloor,
    private readonly updateFloorUseCase: UpdateFloor,
  ) {}

  @Query(() => FloorConnection)
  @Roles(...DIRECTORY_READERS)
  floors(@CurrentIdentity() identity: Identity, @Args() args: FloorsArgs): Promise<Page<Floor>> {
    return this.repository.floors(identity, args, toFloor);
  }

  /** Called by Apollo as (reference, context, info): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<Floor | null> {
    const row = await this.reader.load(context, FLOOR, reference.id);
    return row ? toFloor(row) : null;
  }

  @ResolveField(() => Building)
  async building(@Parent() floor: Floor, @Context() context: RequestContext): Promise<Building | null> {
    const row = await this.reader.load(context, BUILDING, floor.buildingId);
    return row ? toBuilding(row) : null;
  }

  @Mutation(() => Floor, { description: '新增楼层' })
  @Roles(...DIRECTORY_KEEPERS)
  async createFloor(@CurrentIdentity() identity: Identity, @Args('input') input: CreateFloorInput): Promise<Floor> {
    return toFloor(await this.createFloorUseCase.execute(identity, input));
  }

  @Mutation(() => Floor, { description: '修改楼层' })
  @Roles(...DIRECTORY_KEEPERS)
  async updateFloor(@CurrentIdentity() identity: Identity, @Args('input') input: UpdateFloorInput): Promise<Floor> {
    return toFloor(await this.updateFloorUseCase.execute(identity, input));
  }
}
