import { Injectable } from '@nestjs/common';
import { notFound, requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationRow } from './notification.entity';
import { MyNotificationsArgs } from './inbox.inputs';

/** One person's inbox: nobody reads or changes another's notifications (another's id is NOT_FOUND). */
@Injectable()
export class InboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  list<T>(personKey: string, args: MyNotificationsArgs, map: (row: NotificationRow) => T): Promise<Page<T>> {
    const query = this.dataSource.getRepository(NotificationRow).createQueryBuilder('n').where('n.recipientKey = :personKey', { personKey });
    if (args.unreadOnly) query.andWhere('n.readAt IS NULL');
    return paginate(query, args, map, { newestFirst: true });
  }

  async counts(personKey: string): Promise<{ unread: number; unacknowledged: number }> {
    const [counts] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE read_at IS NULL)::int AS unread, count(*) FILTER (WHERE acknowledged_at IS NULL)::int AS unacknowledged
         FROM notification WHERE recipient_key = $1`,
      [personKey],
    );
    return counts;
  }

  async findOwn(manager: EntityManager, personKey: string, id: string): Promise<NotificationRow> {
    const row = await manager
      .getRepository(NotificationRow)
      .createQueryBuilder('n')
      .where('n.id = :id AND n.recipientKey = :personKey', { id: requireUuid('id', id), personKey })
      .setLock('pessimistic_write')
      .getOne();
    if (!row) throw notFound('Notification', id);
    return row;
  }
}
