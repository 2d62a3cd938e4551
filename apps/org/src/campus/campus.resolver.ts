import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { DirectoryPageArgs } from '../common/directory-args';
import { DirectoryReader } from '../common/directory-reader';
import { DIRECTORY_READERS, GROUP_KEEPERS } from '../org.roles';
import { CAMPUS } from './campus.entity';
import { CreateCampusInput, UpdateCampusInput, UpdateHospitalGroupInput } from './campus.inputs';
import { Campus, CampusConnection, HospitalGroup, toCampus, toHospitalGroup } from './campus.model';
import { CampusRepository } from './campus.repository';
import { CreateCampus } from './create-campus.use-case';
import { UpdateCampus } from './update-campus.use-case';
import { UpdateHospitalGroup } from './update-hospital-group.use-case';

@Resolver(() => Campus)
export class CampusResolver {
  constructor(
    private readonly repository: CampusRepository,
    private readonly reader: DirectoryReader,
    private readonly createCampusUseCase: CreateCampus,
    private readonly updateCampusUseCase: UpdateCampus,
    private readonly updateHospitalGroupUseCase: UpdateHospitalGroup,
  ) {}

  @Query(() => HospitalGroup, { nullable: true, description: 'The group; null until a group admin names it.' })
  @Roles(...DIRECTORY_READERS)
  async hospitalGroup(): Promise<HospitalGroup | null> {
    const row = await this.repository.group();
    return row ? toHospitalGroup(row) : null;
  }

  @Query(() => CampusConnection, { description: 'The campuses the caller works on (every campus for group-wide roles).' })
  @Roles(...DIRECTORY_READERS)
  campuses(@CurrentIdentity() identity: Identity, @Args() args: DirectoryPageArgs): Promise<Page<Campus>> {
    return this.repository.list(identity, args, toCampus);
  }

  @Query(() => Campus)
  @Roles(...DIRECTORY_READERS)
  async campus(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Campus> {
    return toCampus(await this.reader.findVisible(identity, CAMPUS, 'id', id));
  }

  /** Called by Apollo as (reference, context, info): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<Campus | null> {
    const row = await this.reader.load(context, CAMPUS, reference.id);
    return row ? toCampus(row) : null;
  }

  @Mutation(() => HospitalGroup, { description: '设置集团名称' })
  @Roles(...GROUP_KEEPERS)
  async updateHospitalGroup(@CurrentIdentity() identity: Identity, @Args('input') input: UpdateHospitalGroupInput): Promise<HospitalGroup> {
    return toHospitalGroup(await this.updateHospitalGroupUseCase.execute(identity, input));
  }

  @Mutation(() => Campus, { description: '新增院区' })
  @Roles(...GROUP_KEEPERS)
  async createCampus(@CurrentIdentity() identity: Identity, @Args('input') input: CreateCampusInput): Promise<Campus> {
    return toCampus(await this.createCampusUseCase.execute(identity, input));
  }

  @Mutation(() => Campus, { description: '修改院区; active: false deactivates it.' })
  @Roles(...GROUP_KEEPERS)
  async updateCampus(@CurrentIdentity() identity: Identity, @Args('input') input: UpdateCampusInput): Promise<Campus> {
    return toCampus(await this.updateCampusUseCase.execute(identity, input));
  }
}
