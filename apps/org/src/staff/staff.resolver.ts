import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { CAMPUS } from '../campus/campus.entity';
import { Campus, toCampus } from '../campus/campus.model';
import { DirectoryReader } from '../common/directory-reader';
import { DIRECTORY_KEEPERS, DIRECTORY_READERS } from '../org.roles';
import { DEPARTMENT } from '../department/department.entity';
import { Department, toDepartment } from '../department/department.model';
import { TEAM } from '../team/team.entity';
import { Team, toTeam } from '../team/team.model';
import { CreateStaff } from './create-staff.use-case';
import { STAFF } from './staff.entity';
import { CreateStaffInput, StaffMembersArgs, UpdateStaffInput } from './staff.inputs';
import { Staff, StaffConnection, toStaff } from './staff.model';
import { StaffRepository } from './staff.repository';
import { UpdateStaff } from './update-staff.use-case';

@Resolver(() => Staff)
export class StaffResolver {
  constructor(
    private readonly repository: StaffRepository,
    private readonly reader: DirectoryReader,
    private readonly createStaffUseCase: CreateStaff,
    private readonly updateStaffUseCase: UpdateStaff,
  ) {}

  @Query(() => StaffConnection)
  @Roles(...DIRECTORY_READERS)
  staffMembers(@CurrentIdentity() identity: Identity, @Args() args: StaffMembersArgs): Promise<Page<Staff>> {
    return this.repository.list(identity, args, toStaff);
  }

  @Query(() => Staff)
  @Roles(...DIRECTORY_READERS)
  async staffMember(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Staff> {
    return toStaff(await this.reader.findVisible(identity, STAFF, 'id', id));
  }

  /** Called by Apollo as (reference, context, info): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<Staff | null> {
    const row = await this.reader.load(context, STAFF, reference.id);
    return row ? toStaff(row) : null;
  }

  @ResolveField(() => Campus)
  async campus(@Parent() staff: Staff, @Context() context: RequestContext): Promise<Campus | null> {
    const row = await this.reader.load(context, CAMPUS, staff.campusId);
    return row ? toCampus(row) : null;
  }

  @ResolveField(() => Department, { nullable: true })
  async department(@Parent() staff: Staff, @Context() context: RequestContext): Promise<Department | null> {
    const row = await this.reader.load(context, DEPARTMENT, staff.departmentId);
    return row ? toDepartment(row) : null;
  }

  @ResolveField(() => Team, { nullable: true })
  async team(@Parent() staff: Staff, @Context() context: RequestContext): Promise<Team | null> {
    const row = await this.reader.load(context, TEAM, staff.teamId);
    return row ? toTeam(row) : null;
  }

  @Mutation(() => Staff, { description: '新增职工' })
  @Roles(...DIRECTORY_KEEPERS)
  async createStaff(@CurrentIdentity() identity: Identity, @Args('input') input: CreateStaffInput): Promise<Staff> {
    return toStaff(await this.createStaffUseCase.execute(identity, input));
  }

  @Mutation(() => Staff, { description: '修改职工; active: false deactivates (离职).' })
  @Roles(...DIRECTORY_KEEPERS)
  async updateStaff(@CurrentIdentity() identity: Identity, @Args('input') input: UpdateStaffInput): Promise<Staff> {
    return toStaff(await this.updateStaffUseCase.execute(identity, input));
  }
}
