import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { CAMPUS } from '../campus/campus.entity';
import { Campus, toCampus } from '../campus/campus.model';
import { DirectoryReader } from '../common/directory-reader';
import { DIRECTORY_KEEPERS, DIRECTORY_READERS } from '../org.roles';
import { CreateDepartment } from './create-department.use-case';
import { DEPARTMENT } from './department.entity';
import { CreateDepartmentInput, DepartmentsArgs, UpdateDepartmentInput } from './department.inputs';
import { Department, DepartmentConnection, toDepartment } from './department.model';
import { DepartmentRepository } from './department.repository';
import { UpdateDepartment } from './update-department.use-case';

@Resolver(() => Department)
export class DepartmentResolver {
  constructor(
    private readonly repository: DepartmentRepository,
    private readonly reader: DirectoryReader,
    private readonly createDepartmentUseCase: CreateDepartment,
    private readonly updateDepartmentUseCase: UpdateDepartment,
  ) {}

  @Query(() => DepartmentConnection)
  @Roles(...DIRECTORY_READERS)
  departments(@CurrentIdentity() identity: Identity, @Args() args: DepartmentsArgs): Promise<Page<Department>> {
    return this.repository.list(identity, args, toDepartment);
  }

  @Query(() => Department)
  @Roles(...DIRECTORY_READERS)
  async department(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Department> {
    return toDepartment(await this.reader.findVisible(identity, DEPARTMENT, 'id', id));
  }

  /** Called by Apollo as (reference, context, info): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<Department | null> {
    const row = await this.reader.load(context, DEPARTMENT, reference.id);
    return row ? toDepartment(row) : null;
  }

  @ResolveField(() => Campus)
  async campus(@Parent() department: Department, @Context() context: RequestContext): Promise<Campus | null> {
    const row = await this.reader.load(context, CAMPUS, department.campusId);
    return row ? toCampus(row) : null;
  }

  @Mutation(() => Department, { description: '新增科室' })
  @Roles(...DIRECTORY_KEEPERS)
  async createDepartment(@CurrentIdentity() identity: Identity, @Args('input') input: CreateDepartmentInput): Promise<Department> {
    return toDepartment(await this.createDepartmentUseCase.execute(identity, input));
  }

  @Mutation(() => Department, { description: '修改科室; active: false deactivates it.' })
  @Roles(...DIRECTORY_KEEPERS)
  async updateDepartment(@CurrentIdentity() identity: Identity, @Args('input') input: UpdateDepartmentInput): Promise<Department> {
    return toDepartment(await this.updateDepartmentUseCase.execute(identity, input));
  }
}
