import { Module } from '@nestjs/common';
import { DirectoryCommonModule } from '../common/directory-common.module';
import { CreateTeam } from './create-team.use-case';
import { TeamRepository } from './team.repository';
import { TeamResolver } from './team.resolver';
import { UpdateTeam } from './update-team.use-case';

@Module({ imports: [DirectoryCommonModule], providers: [TeamResolver, TeamRepository, CreateTeam, UpdateTeam] })
export class TeamModule {}
