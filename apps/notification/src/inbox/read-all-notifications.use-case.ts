import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { UnitOfWork } from '@houqin/platform-events';
import { personKey } from '../recipient/person';

/** 全部已读: every unread notification of the caller; returns how many were unread. */
@Injectable()
export class ReadAllNotifications {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async execute(identity: Identity): Promise<number> {
    const [, changed] = (await this.unitOfWork.run((manager) =>
      manager.query(`UPDATE notification SET read_at = now() WHERE recipient_key = $1 AND read_at IS NULL`, [personKey(identity)]),
    )) as [unknown, number];
    return changed;
  }
}
