import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { UnitOfWork } from '@houqin/platform-events';
import { personKey } from '../recipient/person';
import { NotificationRow } from './notification.entity';
import { InboxRepository } from './inbox.repository';

/** 标为已读: one of the caller's notifications. Reading it again changes nothing. */
@Injectable()
export class ReadNotification {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly inbox: InboxRepository,
  ) {}

  execute(identity: Identity, id: string): Promise<NotificationRow> {
    return this.unitOfWork.run(async (manager) => {
      const row = await this.inbox.findOwn(manager, personKey(identity), id);
      if (!row.readAt) {
        row.readAt = new Date();
        await manager.update(NotificationRow, row.id, { readAt: row.readAt });
      }
      return row;
    });
  }
}
