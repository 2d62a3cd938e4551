import { Identity } from '@houqin/platform-auth';
import { actorOf } from '../crew/crew-facts';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { VendorCallRow, VendorRow } from './vendor.entity';

/** A vendor as VendorRegisteredV1 and VendorUpdatedV1 carry it. */
export const vendorFacts = (row: VendorRow, actor: Identity, at: Date) => ({
  vendorId: row.id,
  name: row.name,
  unifiedSocialCreditCode: row.unifiedSocialCreditCode,
  contactName: row.contactName,
  contactPhone: row.contactPhone,
  active: row.active,
  occurredAt: at.toISOString(),
  actor: actorOf(actor),
});

/** The facts every vendor-call event carries (see libs/contracts vendor-events). */
export const vendorCallFacts = (call: VendorCallRow, order: WorkOrderRow, actor: Identity, at: Date) => ({
  callId: call.id,
  workOrderId: order.id,
  workOrderNumber: order.number,
  campusId: call.campusId,
  departmentId: order.departmentId,
  vendorId: call.vendorId,
  contractId: call.contractId,
  category: order.category,
  priority: order.priority,
  status: call.status,
  calledAt: call.calledAt.toISOString(),
  onSiteDueAt: call.onSiteDueAt.toISOString(),
  occurredAt: at.toISOString(),
  actor: actorOf(actor),
});
