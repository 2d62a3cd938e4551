import { Module } from '@nestjs/common';
import { DirectoryCommonModule } from '../common/directory-common.module';
import { TeamMembersResolver } from './team-members.resolver';
import { CreateStaff } from './create-staff.use-case';
import { StaffRepository } from './staff.repository';
import { StaffResolver } from './staff.resolver';
import { TeamLeadResolver } from './team-lead.resolver';
import { CallerResolver } from './caller.resolver';
import { UpdateStaff } from './update-staff.use-case';

@Module({
  imports: [DirectoryCommonModule],
  providers: [StaffResolver, CallerResolver, TeamMembersResolver, TeamLeadResolver, StaffRepository, CreateStaff, UpdateStaff],
})
export class StaffModule {}
