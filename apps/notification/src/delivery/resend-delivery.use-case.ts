import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { DeliveryAttemptRow, DeliveryRow } from './delivery.entity';
import { DeliveryStatus } from './delivery-plan';
import { DeliveryRepository } from './delivery.repository';

/**
 * 重发: a dead delivery, once the cause is fixed (the WeCom secret rotated, the person's mobile corrected), goes
 * out again now with a fresh set of attempts. The log keeps the earlier ones; the resend is audited.
 */
@Injectable()
export class ResendDelivery {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly deliveries: DeliveryRepository,
  ) {}

  execute(identity: Identity, id: string): Promise<DeliveryRow> {
    return this.unitOfWork.run(async (manager) => {
      const row = await this.deliveries.findVisible(manager, identity, id);
      if (row.status !== DeliveryStatus.DEAD) throw new DomainError('NOTIFICATION_DELIVERY_NOT_DEAD', { status: row.status });
      const before = { ...row };
      const now = new Date();
      // A marker in the log (attempt 0), then a fresh count of attempts.
      await manager.insert(DeliveryAttemptRow, {
        id: uuidv7(),
        deliveryId: row.id,
        attempt: 0,
        attemptedAt: now,
        outcome: 'RESENT',
        detail: null,
        resentBy: identity.name,
      });
      Object.assign(row, { status: DeliveryStatus.PENDING, attempts: 0, nextAttemptAt: now, updatedAt: now });
      await manager.update(DeliveryRow, row.id, { status: row.status, attempts: 0, nextAttemptAt: now, updatedAt: now });
      await this.changes.record(
        manager,
        identity,
        { audit: { action: 'notification_delivery.resend', entityType: 'NotificationDelivery', entityId: row.id, campusId: row.campusId, before, after: row } },
        now,
      );
      return row;
    });
  }
}
