import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { optionalText, requireText } from '@houqin/platform-errors';
import { CODE_MAX, NAME_MAX, TEXT_MAX } from '../common/directory-rules';
import { DirectoryWriter } from '../common/directory-writer';
import { CAMPUS_CHANGE } from './campus';
import { CampusRow } from './campus.entity';
import { UpdateCampusInput } from './campus.inputs';

/** 修改院区 / 停用院区 (active: false). */
@Injectable()
export class UpdateCampus {
  constructor(private readonly writer: DirectoryWriter) {}

  execute(identity: Identity, input: UpdateCampusInput): Promise<CampusRow> {
    return this.writer.update(identity, CAMPUS_CHANGE, input.id, (row) => {
      if (input.code !== undefined) row.code = requireText('code', input.code ?? '', CODE_MAX);
      if (input.name !== undefined) row.name = requireText('name', input.name ?? '', NAME_MAX);
      if (input.nameEn !== undefined) row.nameEn = optionalText('nameEn', input.nameEn, NAME_MAX);
      if (input.address !== undefined) row.address = optionalText('address', input.address, TEXT_MAX);
      if (input.active !== undefined && input.active !== null) row.active = input.active;
    });
  }
}
