import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { hasAnyRole, STAFF_ROLES } from '@houqin/platform-auth';
import { DomainError, forbidden, notFound } from '@houqin/platform-errors';
import { batchLoad, RequestContext } from '@houqin/platform-graphql';
import { createHash } from 'node:crypto';
import { WorkOrderRepository } from '../work-order/work-order.repository';
import { AttachmentStore } from './attachment-store';
import { WorkOrderPhoto } from './intake.model';

/** 现场照片下载: the photo's bytes, for whoever may read its work order. */
@Resolver(() => WorkOrderPhoto)
export class WorkOrderPhotoResolver {
  constructor(
    private readonly store: AttachmentStore,
    private readonly workOrders: WorkOrderRepository,
  ) {}

  /**
   * Field resolvers run without the RolesGuard (@Roles would not be enforced here), so the rules of
   * Query.workOrder are applied in code: a staff role, and the order in the caller's campuses.
   */
  @ResolveField(() => String, { description: 'The photo itself, base64-encoded; read from the attachment store only when asked for.' })
  async dataBase64(@Parent() photo: WorkOrderPhoto, @Context() context: RequestContext): Promise<string> {
    const identity = context.identity;
    if (!identity) throw new DomainError('UNAUTHENTICATED');
    if (!hasAnyRole(identity, STAFF_ROLES)) throw forbidden();
    const visible = await batchLoad(context, 'photoWorkOrderVisible', photo.workOrderId, (ids) => this.workOrders.findManyVisible(identity, ids));
    if (!visible) throw notFound('WorkOrder', photo.workOrderId);
    const bytes = await this.store.get(photo.storedKey);
    // Bytes that changed since upload (disk or bucket fault, tampering) are refused, never shown as the photo.
    if (createHash('sha256').update(bytes).digest('hex') !== photo.sha256) throw new DomainError('ATTACHMENT_CORRUPT', { id: photo.id });
    return Buffer.from(bytes).toString('base64');
  }
}
