import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const VENDOR_TOPIC = 'maintenance.vendor.v1';
const CALL_TOPIC = 'maintenance.vendor-call.v1';

const change = { occurredAt: isoDateTime, actor: actorSchema };
const fen = z.number().int().nonnegative();

/** A vendor (维保单位) as both vendor events carry it. */
const vendor = z.object({
  vendorId: uuid,
  name: z.string(),
  unifiedSocialCreditCode: z.string().length(18).describe('统一社会信用代码 (GB 32100-2015).'),
  contactName: z.string(),
  contactPhone: z.string(),
  active: z.boolean(),
  ...change,
});

/** What every vendor-call event says about the call and its work order, so consumers need no call back. */
const vendorCall = z.object({
  callId: uuid,
  workOrderId: uuid,
  workOrderNumber: z.string(),
  campusId: uuid,
  departmentId: uuid.describe('The department the work order is charged to.'),
  vendorId: uuid,
  contractId: uuid.describe('The service contract the vendor was called under.'),
  category: z.string(),
  priority: z.enum(['URGENT', 'HIGH', 'NORMAL', 'LOW']),
  status: z.enum(['CALLED', 'ON_SITE', 'FINISHED', 'CANCELLED']),
  calledAt: isoDateTime,
  onSiteDueAt: isoDateTime,
  ...change,
});

const vendorEvent = <S extends z.ZodType>(verb: string, description: string, schema: S) =>
  defineEvent({ type: `maintenance.vendor.${verb}.v1`, topic: VENDOR_TOPIC, producer: 'maintenance', description, schema });
const callEvent = <S extends z.ZodRawShape>(verb: string, description: string, extra: S) =>
  defineEvent({ type: `maintenance.vendor-call.${verb}.v1`, topic: CALL_TOPIC, producer: 'maintenance', description, schema: vendorCall.extend(extra) });

export const VendorRegisteredV1 = vendorEvent('registered', 'A vendor company (维保单位) was registered. Key: the vendor id.', vendor);
export const VendorUpdatedV1 = vendorEvent('updated', "A vendor's details were corrected, or it was deactivated or reactivated. Key: the vendor id.", vendor);
export const VendorContractCreatedV1 = vendorEvent(
  'contract-created',
  'A service contract (维保合同) was recorded: the campuses and categories it covers, its period and SLA. Key: the vendor id.',
  z.object({
    contractId: uuid,
    vendorId: uuid,
    contractNo: z.string(),
    campusIds: z.array(uuid).min(1),
    categories: z.array(z.string()).min(1),
    startsOn: z.iso.date(),
    endsOn: z.iso.date().describe('Last day covered (China date).'),
    onSiteMinutes: z
      .object({ URGENT: z.number().int().positive(), HIGH: z.number().int().positive(), NORMAL: z.number().int().positive(), LOW: z.number().int().positive() })
      .describe("Minutes from the call until the vendor must be on site, by the order's priority."),
    resolutionHours: z.number().int().positive().nullable(),
    annualFeeFen: fen.nullable().describe('年度维保费, fen (分).'),
    callOutFeeFen: fen.describe('上门费 per call, fen (分).'),
    ...change,
  }),
);

export const VendorCalledV1 = callEvent(
  'vendor-called',
  'A vendor was called to a work order (外请) under a contract covering its campus and category. Key: the call id.',
  {
    reason: z.string(),
    resolutionDueAt: isoDateTime.nullable(),
    callOutFeeFen: fen,
    clockPaused: z.boolean().describe("The order's resolution clock was paused (WAITING_FOR_VENDOR) with this call."),
  },
);
export const VendorArrivedV1 = callEvent('vendor-arrived', 'The vendor arrived on site. Key: the call id.', {
  arrivedAt: isoDateTime,
  minutesToArrive: z.number().int().nonnegative(),
  onTime: z.boolean().describe('On site by the due time of the contract.'),
});
export const VendorCallFinishedV1 = callEvent(
  'vendor-call-finished',
  'The vendor finished, with the work done and its cost (for finance: charge the departmentId). Key: the call id.',
  {
    arrivedAt: isoDateTime,
    finishedAt: isoDateTime,
    workDescription: z.string(),
    labourFen: fen,
    materialsFen: fen,
    costFen: fen.describe('labourFen + materialsFen, fen (分).'),
    callOutFeeFen: fen.describe("The contract's call-out fee at the time of the call, not included in costFen."),
    invoiceNo: z.string().nullable(),
    clockResumed: z.boolean().describe("The order's resolution clock, paused for the vendor, runs again."),
  },
);
export const VendorCallCancelledV1 = callEvent('vendor-call-cancelled', 'The call was cancelled before the vendor finished, with a reason. Key: the call id.', {
  reason: z.string(),
  arrivedAt: isoDateTime.nullable(),
  clockResumed: z.boolean().describe("The order's resolution clock, paused for the vendor, runs again."),
});
