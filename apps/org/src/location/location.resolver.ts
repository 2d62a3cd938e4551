import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { BUILDING, FLOOR } from '../building/building.entity';
import { Building, Floor, toBuilding, toFloor } from '../building/building.model';
import { CAMPUS } from '../campus/campus.entity';
import { Campus, toCampus } from '../campus/campus.model';
import { DirectoryReader } from '../common/directory-reader';
import { DIRECTORY_KEEPERS, DIRECTORY_READERS } from '../org.roles';
import { DEPARTMENT } from '../department/department.entity';
import { Department, toDepartment } from '../department/department.model';
import { CreateLocation } from './create-location.use-case';
import { LOCATION } from './location.entity';
import { CreateLocationInput, LocationsArgs, UpdateLocationInput } from './location.inputs';
import { Location, LocationConnection, toLocation } from './location.model';
import { LocationRepository } from './location.repository';
import { UpdateLocation } from './update-location.use-case';

@Resolver(() => Location)
export class LocationResolver {
  constructor(
    private readonly repository: LocationRepository,
    private readonly reader: DirectoryReader,
    private readonly createLocationUseCase: CreateLocation,
    private readonly updateLocationUseCase: UpdateLocation,
  ) {}

  @Query(() => LocationConnection, { description: 'Wards, rooms, beds and areas of a campus.' })
  @Roles(...DIRECTORY_READERS)
  locations(@CurrentIdentity() identity: Identity, @Args() args: LocationsArgs): Promise<Page<Location>> {
    return this.repository.list(identity, args, toLocation);
  }

  @Query(() => Location)
  @Roles(...DIRECTORY_READERS)
  async location(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Location> {
    return toLocation(await this.reader.findVisible(identity, LOCATION, 'id', id));
  }

  /** Called by Apollo as (reference, context, info): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<Location | null> {
    const row = await this.reader.load(context, LOCATION, reference.id);
    return row ? toLocation(row) : null;
  }

  @ResolveField(() => Campus)
  async campus(@Parent() location: Location, @Context() context: RequestContext): Promise<Campus | null> {
    const row = await this.reader.load(context, CAMPUS, location.campusId);
    return row ? toCampus(row) : null;
  }

  @ResolveField(() => Building)
  async building(@Parent() location: Location, @Context() context: RequestContext): Promise<Building | null> {
    const row = await this.reader.load(context, BUILDING, location.buildingId);
    return row ? toBuilding(row) : null;
  }

  @ResolveField(() => Floor, { nullable: true })
  async floor(@Parent() location: Location, @Context() context: RequestContext): Promise<Floor | null> {
    const row = await this.reader.load(context, FLOOR, location.floorId);
    return row ? toFloor(row) : null;
  }

  @ResolveField(() => Location, { nullable: true })
  async parent(@Parent() location: Location, @Context() context: RequestContext): Promise<Location | null> {
    const row = await this.reader.load(context, LOCATION, location.parentId);
    return row ? toLocation(row) : null;
  }

  @ResolveField(() => Department, { nullable: true })
  async department(@Parent() location: Location, @Context() context: RequestContext): Promise<Department | null> {
    const row = await this.reader.load(context, DEPARTMENT, location.departmentId);
    return row ? toDepartment(row) : null;
  }

  @Mutation(() => Location, { description: '新增位置 (病区、房间、床位、区域)' })
  @Roles(...DIRECTORY_KEEPERS)
  async createLocation(@CurrentIdentity() identity: Identity, @Args('input') input: CreateLocationInput): Promise<Location> {
    return toLocation(await this.createLocationUseCase.execute(identity, input));
  }

  @Mutation(() => Location, { description: '修改位置; active: false deactivates it.' })
  @Roles(...DIRECTORY_KEEPERS)
  async updateLocation(@CurrentIdentity() identity: Identity, @Args('input') input: UpdateLocationInput): Promise<Location> {
    return toLocation(await this.updateLocationUseCase.execute(identity, input));
  }
}
