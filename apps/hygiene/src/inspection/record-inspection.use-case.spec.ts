import { domainErrorCode } from '@houqin/platform-errors';
import { InspectionRemedy } from './inspection-remedy';
import { BACKDATE_DAYS_MAX, PHOTOS_MAX, RecordInspection } from './record-inspection.use-case';

const NOW = new Date('2026-12-07T06:00:00Z');
const ZONE = '0193a000-0000-7000-8000-000000000001';
const input = {
  zoneId: ZONE,
  items: [{ itemKey: 'floor', ok: false, remedy: InspectionRemedy.REPAIR, repairCategory: ' plumbing ', photoKeys: ['hygiene/inspections/a.jpg'] }],
};

describe('recording an inspection', () => {
  it('takes now when no time is given, and a repair trade in capitals', () => {
    const checked = RecordInspection.validate(input, NOW);
    expect(checked.inspectedAt).toEqual(NOW);
    expect(checked.readings[0]).toMatchObject({
      key: 'floor',
      ok: false,
      remedy: InspectionRemedy.REPAIR,
      repairCategory: 'PLUMBING',
      photoKeys: ['hygiene/inspections/a.jpg'],
    });
  });

  it('takes a paper sheet entered within 31 days, not one older or one from the future', () => {
    const lastMonth = new Date(NOW.getTime() - 30 * 86_400_000);
    expect(RecordInspection.validate({ ...input, inspectedAt: lastMonth }, NOW).inspectedAt).toEqual(lastMonth);
    const tooOld = new Date(NOW.getTime() - (BACKDATE_DAYS_MAX + 1) * 86_400_000);
    expect(domainErrorCode(() => RecordInspection.validate({ ...input, inspectedAt: tooOld }, NOW))).toBe('INSPECTION_TOO_OLD');
    expect(domainErrorCode(() => RecordInspection.validate({ ...input, inspectedAt: new Date(NOW.getTime() + 3_600_000) }, NOW))).toBe('DATE_IN_FUTURE');
  });

  it('refuses too many photos, a trade that is not one and a zone id that is not one', () => {
    const photos = Array.from({ length: PHOTOS_MAX + 1 }, (_, i) => `p${i}.jpg`);
    expect(domainErrorCode(() => RecordInspection.validate({ ...input, photoKeys: photos }, NOW))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => RecordInspection.validate({ ...input, items: [{ ...input.items[0], repairCategory: '水电' }] }, NOW))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => RecordInspection.validate({ ...input, zoneId: 'ward-5' }, NOW))).toBe('INVALID_ID');
  });
});
