import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { CAMPUS } from '../campus/campus.entity';
import { Campus, toCampus } from '../campus/campus.model';
import { DirectoryReader } from '../common/directory-reader';
import { DIRECTORY_KEEPERS, DIRECTORY_READERS } from '../org.roles';
import { CreateTeam } from './create-team.use-case';
import { TEAM } from './team.entity';
import { CreateTeamInput, TeamsArgs, UpdateTeamInput } from './team.inputs';
import { Team, TeamConnection, toTeam } from './team.model';
import { TeamRepository } from './team.repository';
import { UpdateTeam } from './update-team.use-case';

@Resolver(() => Team)
export class TeamResolver {
  constructor(
    private readonly repository: TeamRepository,
    private readonly reader: DirectoryReader,
    private readonly createTeamUseCase: CreateTeam,
    private readonly updateTeamUseCase: UpdateTeam,
  ) {}

  @Query(() => TeamConnection)
  @Roles(...DIRECTORY_READERS)
  teams(@CurrentIdentity() identity: Identity, @Args() args: TeamsArgs): Promise<Page<Team>> {
    return this.repository.list(identity, args, toTeam);
  }

  @Query(() => Team)
  @Roles(...DIRECTORY_READERS)
  async team(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Team> {
    return toTeam(await this.reader.findVisible(identity, TEAM, 'id', id));
  }

  /** Called by Apollo as (reference, context, info): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<Team | null> {
    const row = await this.reader.load(context, TEAM, reference.id);
    return row ? toTeam(row) : null;
  }

  @ResolveField(() => Campus)
  async campus(@Parent() team: Team, @Context() context: RequestContext): Promise<Campus | null> {
    const row = await this.reader.load(context, CAMPUS, team.campusId);
    return row ? toCampus(row) : null;
  }

  @Mutation(() => Team, { description: '新增班组' })
  @Roles(...DIRECTORY_KEEPERS)
  async createTeam(@CurrentIdentity() identity: Identity, @Args('input') input: CreateTeamInput): Promise<Team> {
    return toTeam(await this.createTeamUseCase.execute(identity, input));
  }

  @Mutation(() => Team, { description: '修改班组; active: false deactivates it.' })
  @Roles(...DIRECTORY_KEEPERS)
  async updateTeam(@CurrentIdentity() identity: Identity, @Args('input') input: UpdateTeamInput): Promise<Team> {
    return toTeam(await this.updateTeamUseCase.execute(identity, input));
  }
}
