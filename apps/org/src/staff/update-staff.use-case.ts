import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { optionalText, requireText } from '@houqin/platform-errors';
import { DirectoryReader } from '../common/directory-reader';
import { CODE_MAX, NAME_MAX, optionalPhone } from '../common/directory-rules';
import { DirectoryWriter } from '../common/directory-writer';
import { DEPARTMENT } from '../department/department.entity';
import { TEAM } from '../team/team.entity';
import { checkStaffAssignment, STAFF_CHANGE } from './staff';
import { StaffRow } from './staff.entity';
import { UpdateStaffInput } from './staff.inputs';

/** 修改职工 (transfer to another crew or department of the campus) / 停用 (active: false). */
@Injectable()
export class UpdateStaff {
  constructor(
    private readonly writer: DirectoryWriter,
    private readonly reader: DirectoryReader,
  ) {}

  execute(identity: Identity, input: UpdateStaffInput): Promise<StaffRow> {
    return this.writer.update(identity, STAFF_CHANGE, input.id, async (row, manager) => {
      // Only references being changed need checking: the ones kept were checked when they were set.
      const department =
        input.departmentId !== undefined ? await this.reader.findOptional(identity, DEPARTMENT, 'departmentId', input.departmentId, manager) : null;
      const team = input.teamId !== undefined ? await this.reader.findOptional(identity, TEAM, 'teamId', input.teamId, manager) : null;
      checkStaffAssignment(row.campusId, department, team);
      if (input.departmentId !== undefined) row.departmentId = department?.id ?? null;
      if (input.teamId !== undefined) row.teamId = team?.id ?? null;
      if (input.employeeNo !== undefined) row.employeeNo = requireText('employeeNo', input.employeeNo ?? '', CODE_MAX);
      if (input.name !== undefined) row.name = requireText('name', input.name ?? '', NAME_MAX);
      if (input.jobTitle !== undefined) row.jobTitle = optionalText('jobTitle', input.jobTitle, NAME_MAX);
      if (input.phone !== undefined) row.phone = optionalPhone(input.phone);
      if (input.active !== undefined && input.active !== null) row.active = input.active;
    });
  }
}
