import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginateBatch } from '@houqin/platform-graphql';
import { DataSource, EntityManager, In } from 'typeorm';
import { NotificationRow } from '../inbox/notification.entity';
import { DeliveryAttemptRow, DeliveryRow } from './delivery.entity';
import { NotificationDeliveriesArgs, NotificationDelivery } from './delivery.model';
import { DeliveryStatus } from './delivery-plan';

/** Deliveries of the caller's campuses, newest first, each with its notification and its log. */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(identity: Identity, args: NotificationDeliveriesArgs): Promise<Page<NotificationDelivery>> {
    const query = scopeToCampuses(this.dataSource.getRepository(DeliveryRow).createQueryBuilder('d'), identity);
    if (args.status) query.andWhere('d.status = :status', { status: args.status });
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('d.campusId = :campusId', { campusId });
    return paginateBatch(query, args, (rows) => this.describe(rows), { newestFirst: true });
  }

  async findVisible(manager: EntityManager, identity: Identity, id: string): Promise<DeliveryRow> {
    const query = scopeToCampuses(manager.getRepository(DeliveryRow).createQueryBuilder('d'), identity);
    const row = await query
      .andWhere('d.id = :id', { id: requireUuid('id', id) })
      .setLock('pessimistic_write')
      .getOne();
    if (!row) throw notFound('NotificationDelivery', id);
    return row;
  }

  async describe(rows: DeliveryRow[]): Promise<NotificationDelivery[]> {
    if (!rows.length) return [];
    const [notifications, attempts] = await Promise.all([
      this.dataSource.getRepository(NotificationRow).findBy({ id: In(rows.map((r) => r.notificationId)) }),
      this.dataSource.getRepository(DeliveryAttemptRow).find({ where: { deliveryId: In(rows.map((r) => r.id)) }, order: { attemptedAt: 'ASC' } }),
    ]);
    return rows.map((row) => {
      const notification = notifications.find((n) => n.id === row.notificationId) as NotificationRow;
      return Object.assign(new NotificationDelivery(), {
        id: row.id,
        channel: row.channel,
        status: row.status as DeliveryStatus,
        attempts: row.attempts,
        nextAttemptAt: row.nextAttemptAt,
        lastError: row.lastError,
        campusId: row.campusId,
        recipientName: notification.recipientName,
        alert: notification.alert,
        title: notification.titleZh,
        createdAt: row.createdAt,
        log: attempts.filter((a) => a.deliveryId === row.id),
      });
    });
  }
}
