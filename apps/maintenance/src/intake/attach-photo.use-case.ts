import { Injectable } from '@nestjs/common';
import { MaintenanceRole, WorkOrderPhotoAttachedV1 } from '@houqin/contracts';
import { hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { createHash } from 'node:crypto';
import { assertPortalReportOf } from '../portal/portal-identity';
import { assertRequesterOrSupervisor } from '../work-order/work-order-permissions';
import { WorkOrderRepository } from '../work-order/work-order.repository';
import { AttachmentStore } from './attachment-store';
import { WorkOrderAttachmentRow } from './intake.entity';
import { AttachPhotoInput } from './intake.inputs';
import { photoTypeOf } from './photo-type';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_PHOTOS_PER_ORDER = 6;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes strict base64 (Node's decoder silently skips junk, which would store a different photo than sent). */
export function decodePhoto(base64: string): Buffer {
  const text = (base64 ?? '').replace(/\s+/g, '');
  if (!text || text.length % 4 !== 0 || !BASE64.test(text)) throw new DomainError('INVALID_INPUT', { detail: 'base64 is not valid base64' });
  // Checked before decoding, so a 100 MB string is refused without allocating its bytes.
  if ((text.length / 4) * 3 - (text.match(/=+$/)?.[0].length ?? 0) > MAX_PHOTO_BYTES) throw photoTooLarge();
  return Buffer.from(text, 'base64');
}

const photoTooLarge = () => new DomainError('PHOTO_TOO_LARGE', { maxMb: MAX_PHOTO_BYTES / 1024 / 1024 });

/**
 * 现场照片: the requester (or staff of the campus: technicians on site, dispatchers) adds a photo of the fault;
 * a scanned label's session, to the order its report opened or joined.
 */
@Injectable()
export class AttachPhoto {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly workOrders: WorkOrderRepository,
    private readonly store: AttachmentStore,
  ) {}

  async execute(identity: Identity, input: AttachPhotoInput): Promise<WorkOrderAttachmentRow> {
    const bytes = decodePhoto(input.base64);
    const contentType = photoTypeOf(bytes);
    if (!contentType || contentType !== String(input.contentType).toLowerCase()) {
      throw new DomainError('PHOTO_TYPE_NOT_ALLOWED', { declared: String(input.contentType).slice(0, 64) });
    }
    const id = uuidv7();
    // The bytes go first: a failed transaction then only leaves a file to delete, never a row without its photo.
    const storedKey = await this.store.put(id, bytes, contentType);
    try {
      return await this.unitOfWork.run(async (manager) => {
        const order = await this.workOrders.findVisible(identity, input.workOrderId, manager, true);
        if (hasAnyRole(identity, [Role.PORTAL_REPORTER])) await assertPortalReportOf(manager, identity, order.id);
        else if (!hasAnyRole(identity, [MaintenanceRole.TECHNICIAN])) assertRequesterOrSupervisor(identity, order);
        const count = await manager.count(WorkOrderAttachmentRow, { where: { workOrderId: order.id } });
        if (count >= MAX_PHOTOS_PER_ORDER) throw new DomainError('PHOTO_LIMIT_REACHED', { number: order.number, max: MAX_PHOTOS_PER_ORDER });
        const row: WorkOrderAttachmentRow = {
          id,
          workOrderId: order.id,
          contentType,
          sizeBytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          storedKey,
          uploadedBy: identity.subject,
          uploadedAt: new Date(),
        };
        await manager.insert(WorkOrderAttachmentRow, row);
        await this.changes.record(manager, identity, {
          audit: { action: 'work_order.attach_photo', entityType: 'WorkOrder', entityId: order.id, campusId: order.campusId, before: null, after: row },
          events: [
            changeEvent(
              WorkOrderPhotoAttachedV1,
              {
                attachmentId: id,
                workOrderId: order.id,
                campusId: order.campusId,
                contentType,
                sizeBytes: row.sizeBytes,
                sha256: row.sha256,
                occurredAt: row.uploadedAt.toISOString(),
                actor: { subject: identity.subject, staffId: identity.staffId, name: identity.name },
              },
              order.id,
            ),
          ],
        });
        return row;
      });
    } catch (error) {
      await this.store.delete(storedKey);
      throw error;
    }
  }
}
