import manifest from '../service.json';
import { ORG_ERRORS } from './org.errors';
import { ServiceDefinition } from '@houqin/platform-service';
import { BuildingRow, FloorRow } from './building/building.entity';
import { CampusRow, HospitalGroupRow } from './campus/campus.entity';
import { DepartmentRow } from './department/department.entity';
import { LocationRow } from './location/location.entity';
import { CreateOrgDirectory1763900000200 } from './migrations/1763900000200-create-org-directory';
import { AnnounceBuildingsAndFloors1763900000210 } from './migrations/1763900000210-announce-buildings-and-floors';
import { AnnounceDirectory1763900000220 } from './migrations/1763900000220-announce-directory';
import { StaffRow } from './staff/staff.entity';
import { TeamRow } from './team/team.entity';
import { TeamLead1763900000230 } from './migrations/1763900000230-team-lead';
import { LocationHisCode1796650000000 } from './migrations/1796650000000-location-his-code';
import { BedStatusRow } from './bed-status/bed-status.entity';
import { CreateBedStatus1796650400000 } from './migrations/1796650400000-create-bed-status';

export const orgDefinition: ServiceDefinition = {
  name: 'org',
  defaultPort: manifest.port,
  errors: ORG_ERRORS,
  entities: [HospitalGroupRow, CampusRow, BuildingRow, FloorRow, LocationRow, DepartmentRow, TeamRow, StaffRow, BedStatusRow],
  migrations: [
    CreateOrgDirectory1763900000200,
    AnnounceBuildingsAndFloors1763900000210,
    AnnounceDirectory1763900000220,
    TeamLead1763900000230,
    LocationHisCode1796650000000,
    CreateBedStatus1796650400000,
  ],
};
