import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireText, requireUuid } from '@houqin/platform-errors';
import { CAMPUS } from '../campus/campus.entity';
import { DirectoryReader } from '../common/directory-reader';
import { NAME_MAX } from '../common/directory-rules';
import { DirectoryWriter } from '../common/directory-writer';
import { STAFF } from '../staff/staff.entity';
import { checkTeamLead, TEAM_CHANGE } from './team';
import { TeamRow } from './team.entity';
import { CreateTeamInput } from './team.inputs';

/** 新增班组 */
@Injectable()
export class CreateTeam {
  constructor(
    private readonly writer: DirectoryWriter,
    private readonly reader: DirectoryReader,
  ) {}

  execute(identity: Identity, input: CreateTeamInput): Promise<TeamRow> {
    const campusId = requireUuid('campusId', input.campusId);
    const name = requireText('name', input.name, NAME_MAX);
    return this.writer.create(identity, TEAM_CHANGE, {
      id: input.id,
      campusId,
      build: async (manager, id, now) => {
        await this.reader.findVisible(identity, CAMPUS, 'campusId', campusId, manager);
        const lead = await this.reader.findOptional(identity, STAFF, 'leadId', input.leadId, manager);
        checkTeamLead(campusId, lead);
        return { id, campusId, name, trade: input.trade, leadId: lead?.id ?? null, active: true, createdAt: now, updatedAt: now };
      },
    });
  }
}
