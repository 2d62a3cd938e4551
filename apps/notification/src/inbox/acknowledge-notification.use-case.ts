import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { personKey } from '../recipient/person';
import { NotificationRow } from './notification.entity';
import { InboxRepository } from './inbox.repository';

/**
 * 确认: "I have it in hand". An acknowledged alert is never escalated; acknowledging one acknowledges the same
 * alert's other copies of that person too (a repeat after the window). Audited: who took responsibility, and when.
 */
@Injectable()
export class AcknowledgeNotification {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly inbox: InboxRepository,
  ) {}

  execute(identity: Identity, id: string): Promise<NotificationRow> {
    return this.unitOfWork.run(async (manager) => {
      const row = await this.inbox.findOwn(manager, personKey(identity), id);
      if (row.acknowledgedAt) return row;
      const before = { ...row };
      const now = new Date();
      row.acknowledgedAt = now;
      row.readAt ??= now;
      await manager.query(
        `UPDATE notification SET acknowledged_at = $3, read_at = coalesce(read_at, $3)
          WHERE recipient_key = $1 AND alert = $2 AND subject = $4 AND acknowledged_at IS NULL`,
        [row.recipientKey, row.alert, now, row.subject],
      );
      await this.changes.record(
        manager,
        identity,
        { audit: { action: 'notification.acknowledge', entityType: 'Notification', entityId: row.id, campusId: row.campusId, before, after: row } },
        now,
      );
      return row;
    });
  }
}
