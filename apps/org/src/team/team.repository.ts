import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { optionalUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { filterActive } from '../common/directory-args';
import { DirectoryReader } from '../common/directory-reader';
import { TEAM, TeamRow } from './team.entity';
import { TeamsArgs } from './team.inputs';

@Injectable()
export class TeamRepository {
  constructor(private readonly reader: DirectoryReader) {}

  list<T>(identity: Identity, args: TeamsArgs, map: (row: TeamRow) => T): Promise<Page<T>> {
    const query = filterActive(this.reader.query(identity, TEAM), args.active);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('team.campusId = :campusId', { campusId });
    if (args.trade) query.andWhere('team.trade = :trade', { trade: args.trade });
    return paginate(query, args, map);
  }
}
