import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { optionalText, requireText, requireUuid } from '@houqin/platform-errors';
import { CAMPUS } from '../campus/campus.entity';
import { DirectoryReader } from '../common/directory-reader';
import { CODE_MAX, NAME_MAX, optionalPhone } from '../common/directory-rules';
import { DirectoryWriter } from '../common/directory-writer';
import { DEPARTMENT } from '../department/department.entity';
import { TEAM } from '../team/team.entity';
import { checkStaffAssignment, STAFF_CHANGE } from './staff';
import { StaffRow } from './staff.entity';
import { CreateStaffInput } from './staff.inputs';

/** 新增职工 */
@Injectable()
export class CreateStaff {
  constructor(
    private readonly writer: DirectoryWriter,
    private readonly reader: DirectoryReader,
  ) {}

  execute(identity: Identity, input: CreateStaffInput): Promise<StaffRow> {
    const campusId = requireUuid('campusId', input.campusId);
    const fields = {
      campusId,
      employeeNo: requireText('employeeNo', input.employeeNo, CODE_MAX),
      name: requireText('name', input.name, NAME_MAX),
      jobTitle: optionalText('jobTitle', input.jobTitle, NAME_MAX),
      phone: optionalPhone(input.phone),
      active: true,
    };
    return this.writer.create(identity, STAFF_CHANGE, {
      id: input.id,
      campusId,
      build: async (manager, id, now) => {
        await this.reader.findVisible(identity, CAMPUS, 'campusId', campusId, manager);
        const department = await this.reader.findOptional(identity, DEPARTMENT, 'departmentId', input.departmentId, manager);
        const team = await this.reader.findOptional(identity, TEAM, 'teamId', input.teamId, manager);
        checkStaffAssignment(campusId, department, team);
        return { ...fields, id, departmentId: department?.id ?? null, teamId: team?.id ?? null, createdAt: now, updatedAt: now };
      },
    });
  }
}
