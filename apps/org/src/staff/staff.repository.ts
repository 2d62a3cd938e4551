import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { optionalUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { filterActive } from '../common/directory-args';
import { DirectoryReader } from '../common/directory-reader';
import { STAFF, StaffRow } from './staff.entity';
import { StaffMembersArgs } from './staff.inputs';

@Injectable()
export class StaffRepository {
  constructor(private readonly reader: DirectoryReader) {}

  list<T>(identity: Identity, args: StaffMembersArgs, map: (row: StaffRow) => T): Promise<Page<T>> {
    const query = filterActive(this.reader.query(identity, STAFF), args.active);
    const campusId = optionalUuid('campusId', args.campusId);
    const teamId = optionalUuid('teamId', args.teamId);
    const departmentId = optionalUuid('departmentId', args.departmentId);
    if (campusId) query.andWhere('staff.campusId = :campusId', { campusId });
    if (teamId) query.andWhere('staff.teamId = :teamId', { teamId });
    if (departmentId) query.andWhere('staff.departmentId = :departmentId', { departmentId });
    return paginate(query, args, map);
  }
}
