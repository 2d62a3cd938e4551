import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { optionalText, requireText } from '@houqin/platform-errors';
import { CODE_MAX, NAME_MAX } from '../common/directory-rules';
import { DirectoryWriter } from '../common/directory-writer';
import { DEPARTMENT_CHANGE } from './department';
import { DepartmentRow } from './department.entity';
import { UpdateDepartmentInput } from './department.inputs';

/** 修改科室 / 停用科室 (active: false). A department stays on its campus. */
@Injectable()
export class UpdateDepartment {
  constructor(private readonly writer: DirectoryWriter) {}

  execute(identity: Identity, input: UpdateDepartmentInput): Promise<DepartmentRow> {
    return this.writer.update(identity, DEPARTMENT_CHANGE, input.id, (row) => {
      if (input.name !== undefined) row.name = requireText('name', input.name ?? '', NAME_MAX);
      if (input.nameEn !== undefined) row.nameEn = optionalText('nameEn', input.nameEn, NAME_MAX);
      if (input.costCentreCode !== undefined) row.costCentreCode = requireText('costCentreCode', input.costCentreCode ?? '', CODE_MAX);
      if (input.hisCode !== undefined) row.hisCode = optionalText('hisCode', input.hisCode, CODE_MAX);
      if (input.active !== undefined && input.active !== null) row.active = input.active;
    });
  }
}
