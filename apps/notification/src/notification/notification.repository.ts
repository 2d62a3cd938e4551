import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationRow } from './notification.entity';
import { NotificationsArgs } from './notification.inputs';

/** Reads notifications, always within the caller's campuses (whatever the gateway let through). */
@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  list<T>(identity: Identity, args: NotificationsArgs, map: (row: NotificationRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(NotificationRow).createQueryBuilder('notification'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('notification.campusId = :campusId', { campusId });
    return paginate(query, args, map);
  }

  /** One the caller may see; another campus's is NOT_FOUND, as if it did not exist. */
  async findVisible(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager): Promise<NotificationRow> {
    const query = scopeToCampuses(manager.getRepository(NotificationRow).createQueryBuilder('notification'), identity);
    const row = await query.andWhere('notification.id = :id', { id: requireUuid('id', id) }).getOne();
    if (!row) throw notFound('Notification', id);
    return row;
  }
}
