import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '@houqin/platform-graphql';
import { DirectoryReader } from '../common/directory-reader';
import { Team } from '../team/team.model';
import { STAFF } from './staff.entity';
import { Staff, toStaff } from './staff.model';

/** `Team.lead`: beside Staff, whose data it returns (docs/conventions.md: field resolvers live with the child). */
@Resolver(() => Team)
export class TeamLeadResolver {
  constructor(private readonly reader: DirectoryReader) {}

  @ResolveField(() => Staff, { nullable: true, description: '班组长: alerts about the crew’s work (SLA escalations, missed rounds) reach them first.' })
  async lead(@Parent() team: Team, @Context() context: RequestContext): Promise<Staff | null> {
    if (!team.leadId) return null;
    const row = await this.reader.load(context, STAFF, team.leadId);
    return row ? toStaff(row) : null;
  }
}
