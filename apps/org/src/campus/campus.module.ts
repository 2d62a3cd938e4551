import { Module } from '@nestjs/common';
import { DirectoryCommonModule } from '../common/directory-common.module';
import { CampusRepository } from './campus.repository';
import { CampusResolver } from './campus.resolver';
import { CreateCampus } from './create-campus.use-case';
import { UpdateCampus } from './update-campus.use-case';
import { UpdateHospitalGroup } from './update-hospital-group.use-case';

@Module({ imports: [DirectoryCommonModule], providers: [CampusResolver, CampusRepository, CreateCampus, UpdateCampus, UpdateHospitalGroup] })
export class CampusModule {}
