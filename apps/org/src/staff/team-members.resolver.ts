import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Page, RequestContext } from '@houqin/platform-graphql';
import { DirectoryPageArgs } from '../common/directory-args';
import { DirectoryReader } from '../common/directory-reader';
import { Team } from '../team/team.model';
import { STAFF } from './staff.entity';
import { Staff, StaffConnection, toStaff } from './staff.model';

/** Team.members: beside the staff it returns, so team/ needs no staff code. */
@Resolver(() => Team)
export class TeamMembersResolver {
  constructor(private readonly reader: DirectoryReader) {}

  @ResolveField(() => StaffConnection, { description: 'The crew members (班组成员).' })
  members(@Parent() team: Team, @Args() args: DirectoryPageArgs, @Context() context: RequestContext): Promise<Page<Staff>> {
    return this.reader.loadPage(context, STAFF, 'teamId', team.id, args, toStaff);
  }
}
