import { chinaInstant } from '@houqin/platform-calendar';
import { domainErrorOf } from '@houqin/platform-errors';
import { WorkOrderPriority } from '../work-order/sla-policy';
import { minutesToArrive, VendorSla, VendorSlaOutcome, vendorSlaOutcome } from './vendor-sla';

const { URGENT, HIGH, NORMAL, LOW } = WorkOrderPriority;
// An elevator maintenance contract: on site within 2 h for an urgent order (电梯困人), finished within 24 h.
const elevator = [
  { priority: URGENT, minutes: 120 },
  { priority: HIGH, minutes: 240 },
  { priority: NORMAL, minutes: 24 * 60 },
  { priority: LOW, minutes: 72 * 60 },
];
const at = (hhmm: string) => chinaInstant('2026-06-01', hhmm);
const detail = (fn: () => unknown) => domainErrorOf(fn).params.detail;

describe('vendor SLA terms', () => {
  it('takes one on-site target per priority and an optional resolution target', () => {
    expect(VendorSla.requireTerms(elevator, 24)).toEqual({ onSiteMinutes: { URGENT: 120, HIGH: 240, NORMAL: 1440, LOW: 4320 }, resolutionHours: 24 });
    expect(VendorSla.requireTerms([...elevator].reverse(), null).resolutionHours).toBeNull();
    // The same target for every priority is a fair contract.
    expect(
      VendorSla.requireTerms(
        elevator.map((t) => ({ ...t, minutes: 60 })),
        undefined,
      ).onSiteMinutes.LOW,
    ).toBe(60);
  });

  it('refuses a missing, repeated, impossible or upside-down target', () => {
    expect(detail(() => VendorSla.requireTerms(elevator.slice(0, 3), null))).toBe('onSiteMinutes: no target for LOW');
    expect(detail(() => VendorSla.requireTerms([...elevator, { priority: HIGH, minutes: 300 }], null))).toBe('onSiteMinutes: HIGH given twice');
    for (const minutes of [0, -5, 1.5, 7 * 24 * 60 + 1]) {
      expect(detail(() => VendorSla.requireTerms([{ priority: URGENT, minutes }, ...elevator.slice(1)], null))).toBe(
        'onSiteMinutes: URGENT must be 1 to 10080 minutes',
      );
    }
    const slowUrgent = [{ priority: URGENT, minutes: 300 }, ...elevator.slice(1)];
    expect(detail(() => VendorSla.requireTerms(slowUrgent, null))).toBe('onSiteMinutes: URGENT must not be slower than HIGH');
    for (const hours of [0, 2.5, 31 * 24 + 1]) expect(detail(() => VendorSla.requireTerms(elevator, hours))).toBe('resolutionHours must be 1 to 744');
  });
});

describe('vendor SLA due times', () => {
  const sla = new VendorSla(VendorSla.requireTerms(elevator, 24));

  it("counts from the call by the order's priority", () => {
    expect(sla.dueTimes(URGENT, at('09:15'))).toEqual({ onSiteDueAt: at('11:15'), resolutionDueAt: chinaInstant('2026-06-02', '09:15') });
    expect(sla.dueTimes(HIGH, at('09:15')).onSiteDueAt).toEqual(at('13:15'));
  });

  it('has no resolution due time when the contract promises none', () => {
    expect(new VendorSla(VendorSla.requireTerms(elevator, null)).dueTimes(LOW, at('09:15')).resolutionDueAt).toBeNull();
  });
});

describe('vendor SLA outcome', () => {
  const due = at('11:15');

  it('judges an arrival by the due time, the due minute itself being on time', () => {
    expect(vendorSlaOutcome(due, at('10:40'), null, at('12:00'))).toBe(VendorSlaOutcome.ON_TIME);
    expect(vendorSlaOutcome(due, at('11:15'), null, at('12:00'))).toBe(VendorSlaOutcome.ON_TIME);
    expect(vendorSlaOutcome(due, at('11:16'), null, at('12:00'))).toBe(VendorSlaOutcome.LATE);
    // Cancelled after arriving: the arrival still counts.
    expect(vendorSlaOutcome(due, at('11:30'), at('11:45'), at('12:00'))).toBe(VendorSlaOutcome.LATE);
  });

  it('is pending until due, then overdue while nobody came', () => {
    expect(vendorSlaOutcome(due, null, null, at('11:00'))).toBe(VendorSlaOutcome.PENDING);
    expect(vendorSlaOutcome(due, null, null, at('11:16'))).toBe(VendorSlaOutcome.OVERDUE);
  });

  it('lets a call withdrawn in time off, but not one cancelled after the vendor failed to come', () => {
    expect(vendorSlaOutcome(due, null, at('10:00'), at('18:00'))).toBe(VendorSlaOutcome.WITHDRAWN);
    expect(vendorSlaOutcome(due, null, at('12:00'), at('18:00'))).toBe(VendorSlaOutcome.OVERDUE);
  });

  it('counts whole minutes to arrive', () => {
    expect(minutesToArrive(at('09:15'), new Date(at('10:52').getTime() + 29_000))).toBe(97);
  });
});
