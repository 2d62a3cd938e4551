import { Module } from '@nestjs/common';
import { DirectoryCommonModule } from '../common/directory-common.module';
import { CampusBuildingsResolver } from './campus-buildings.resolver';
import { BuildingRepository } from './building.repository';
import { BuildingResolver } from './building.resolver';
import { CreateBuilding } from './create-building.use-case';
import { CreateFloor } from './create-floor.use-case';
import { FloorResolver } from './floor.resolver';
import { UpdateBuilding } from './update-building.use-case';
import { UpdateFloor } from './update-floor.use-case';

@Module({
  imports: [DirectoryCommonModule],
  providers: [BuildingResolver, FloorResolver, CampusBuildingsResolver, BuildingRepository, CreateBuilding, CreateFloor, UpdateBuilding, UpdateFloor],
})
export class BuildingModule {}
