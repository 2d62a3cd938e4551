import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Page, RequestContext } from '@houqin/platform-graphql';
import { Campus } from '../campus/campus.model';
import { DirectoryPageArgs } from '../common/directory-args';
import { DirectoryReader } from '../common/directory-reader';
import { DEPARTMENT } from './department.entity';
import { Department, DepartmentConnection, toDepartment } from './department.model';

/** Campus.departments: beside the departments it returns, so campus/ needs no department code. */
@Resolver(() => Campus)
export class CampusDepartmentsResolver {
  constructor(private readonly reader: DirectoryReader) {}

  @ResolveField(() => DepartmentConnection)
  departments(@Parent() campus: Campus, @Args() args: DirectoryPageArgs, @Context() context: RequestContext): Promise<Page<Department>> {
    return this.reader.loadPage(context, DEPARTMENT, 'campusId', campus.id, args, toDepartment);
  }
}
