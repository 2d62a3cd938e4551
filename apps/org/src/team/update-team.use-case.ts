import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireText } from '@houqin/platform-errors';
import { NAME_MAX } from '../common/directory-rules';
import { DirectoryWriter } from '../common/directory-writer';
import { DirectoryReader } from '../common/directory-reader';
import { STAFF } from '../staff/staff.entity';
import { checkTeamLead, TEAM_CHANGE } from './team';
import { TeamRow } from './team.entity';
import { UpdateTeamInput } from './team.inputs';

/** 修改班组 / 停用班组 (active: false). */
@Injectable()
export class UpdateTeam {
  constructor(
    private readonly writer: DirectoryWriter,
    private readonly reader: DirectoryReader,
  ) {}

  execute(identity: Identity, input: UpdateTeamInput): Promise<TeamRow> {
    return this.writer.update(identity, TEAM_CHANGE, input.id, async (row, manager) => {
      if (input.name !== undefined) row.name = requireText('name', input.name ?? '', NAME_MAX);
      if (input.trade !== undefined && input.trade !== null) row.trade = input.trade;
      if (input.active !== undefined && input.active !== null) row.active = input.active;
      if (input.leadId !== undefined) {
        const lead = await this.reader.findOptional(identity, STAFF, 'leadId', input.leadId, manager);
        checkTeamLead(row.campusId, lead);
        row.leadId = lead?.id ?? null;
      }
    });
  }
}
