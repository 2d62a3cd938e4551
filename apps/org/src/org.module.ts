import { Module } from '@nestjs/common';
import { PlatformModule } from '@houqin/platform-service';
import { BuildingModule } from './building/building.module';
import { CampusModule } from './campus/campus.module';
import { DepartmentModule } from './department/department.module';
import { LocationModule } from './location/location.module';
import { orgDefinition } from './org.definition';
import { StaffModule } from './staff/staff.module';
import { TeamModule } from './team/team.module';
import { BedStatusModule } from './bed-status/bed-status.module';

@Module({
  imports: [PlatformModule.forService(orgDefinition), CampusModule, BuildingModule, LocationModule, DepartmentModule, TeamModule, StaffModule, BedStatusModule],
})
export class OrgModule {}
