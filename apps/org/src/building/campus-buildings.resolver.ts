import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Page, PageArgs, RequestContext } from '@houqin/platform-graphql';
import { Campus } from '../campus/campus.model';
import { DirectoryReader } from '../common/directory-reader';
import { BUILDING } from './building.entity';
import { Building, BuildingConnection, toBuilding } from './building.model';

/** Campus.buildings: beside the buildings it returns, so campus/ needs no building code. */
@Resolver(() => Campus)
export class CampusBuildingsResolver {
  constructor(private readonly reader: DirectoryReader) {}

  @ResolveField(() => BuildingConnection)
  buildings(@Parent() campus: Campus, @Args() args: PageArgs, @Context() context: RequestContext): Promise<Page<Building>> {
    return this.reader.loadPage(context, BUILDING, 'campusId', campus.id, args, toBuilding);
  }
}
