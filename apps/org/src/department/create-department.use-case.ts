import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { optionalText, requireText, requireUuid } from '@houqin/platform-errors';
import { CAMPUS } from '../campus/campus.entity';
import { DirectoryReader } from '../common/directory-reader';
import { CODE_MAX, NAME_MAX } from '../common/directory-rules';
import { DirectoryWriter } from '../common/directory-writer';
import { DEPARTMENT_CHANGE } from './department';
import { DepartmentRow } from './department.entity';
import { CreateDepartmentInput } from './department.inputs';

/** 新增科室 */
@Injectable()
export class CreateDepartment {
  constructor(
    private readonly writer: DirectoryWriter,
    private readonly reader: DirectoryReader,
  ) {}

  execute(identity: Identity, input: CreateDepartmentInput): Promise<DepartmentRow> {
    const campusId = requireUuid('campusId', input.campusId);
    const fields = {
      campusId,
      name: requireText('name', input.name, NAME_MAX),
      nameEn: optionalText('nameEn', input.nameEn, NAME_MAX),
      costCentreCode: requireText('costCentreCode', input.costCentreCode, CODE_MAX),
      hisCode: optionalText('hisCode', input.hisCode, CODE_MAX),
      active: true,
    };
    return this.writer.create(identity, DEPARTMENT_CHANGE, {
      id: input.id,
      campusId,
      build: async (manager, id, now) => {
        await this.reader.findVisible(identity, CAMPUS, 'campusId', campusId, manager);
        return { ...fields, id, createdAt: now, updatedAt: now };
      },
    });
  }
}
