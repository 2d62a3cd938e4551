import { Module } from '@nestjs/common';
import { DirectoryCommonModule } from '../common/directory-common.module';
import { CampusDepartmentsResolver } from './campus-departments.resolver';
import { CreateDepartment } from './create-department.use-case';
import { DepartmentRepository } from './department.repository';
import { DepartmentResolver } from './department.resolver';
import { UpdateDepartment } from './update-department.use-case';

@Module({
  imports: [DirectoryCommonModule],
  providers: [DepartmentResolver, CampusDepartmentsResolver, DepartmentRepository, CreateDepartment, UpdateDepartment],
})
export class DepartmentModule {}
