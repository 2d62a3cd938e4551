import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { optionalText, requireText } from '@houqin/platform-errors';
import { CODE_MAX, NAME_MAX, TEXT_MAX } from '../common/directory-rules';
import { DirectoryWriter } from '../common/directory-writer';
import { CAMPUS_CHANGE } from './campus';
import { CampusRow } from './campus.entity';
import { CreateCampusInput } from './campus.inputs';

/** 新增院区 (group admins only: the resolver's roles). */
@Injectable()
export class CreateCampus {
  constructor(private readonly writer: DirectoryWriter) {}

  execute(identity: Identity, input: CreateCampusInput): Promise<CampusRow> {
    const row: Omit<CampusRow, 'id' | 'createdAt' | 'updatedAt'> = {
      code: requireText('code', input.code, CODE_MAX),
      name: requireText('name', input.name, NAME_MAX),
      nameEn: optionalText('nameEn', input.nameEn, NAME_MAX),
      address: optionalText('address', input.address, TEXT_MAX),
      active: true,
    };
    return this.writer.create(identity, CAMPUS_CHANGE, { id: input.id, build: async (_, id, now) => ({ ...row, id, createdAt: now, updatedAt: now }) });
  }
}
