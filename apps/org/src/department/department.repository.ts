import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { optionalUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { filterActive } from '../common/directory-args';
import { DirectoryReader } from '../common/directory-reader';
import { DEPARTMENT, DepartmentRow } from './department.entity';
import { DepartmentsArgs } from './department.inputs';

@Injectable()
export class DepartmentRepository {
  constructor(private readonly reader: DirectoryReader) {}

  list<T>(identity: Identity, args: DepartmentsArgs, map: (row: DepartmentRow) => T): Promise<Page<T>> {
    const query = filterActive(this.reader.query(identity, DEPARTMENT), args.active);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('department.campusId = :campusId', { campusId });
    return paginate(query, args, map);
  }
}
