import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource, EntityManager } from 'typeorm';
import { InboxRow } from './inbox.entity';
import { InboxesArgs } from './inbox.inputs';

/** Reads inboxes, always within the caller's campuses (whatever the gateway let through). */
@Injectable()
export class InboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  list<T>(identity: Identity, args: InboxesArgs, map: (row: InboxRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(InboxRow).createQueryBuilder('inbox'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('inbox.campusId = :campusId', { campusId });
    return paginate(query, args, map);
  }

  /** One the caller may see; another campus's is NOT_FOUND, as if it did not exist. */
  async findVisible(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager): Promise<InboxRow> {
    const query = scopeToCampuses(manager.getRepository(InboxRow).createQueryBuilder('inbox'), identity);
    const row = await query.andWhere('inbox.id = :id', { id: requireUuid('id', id) }).getOne();
    if (!row) throw notFound('Inbox', id);
    return row;
  }
}
