import { AssetCategory, isSpecialEquipment } from '../asset/asset-category';
import { LicenceKind } from '../crew/licence-requirements';
import { DEMO_ASSETS, DEMO_EAST_ROSTER, DEMO_REPAIR_REQUESTS, DEMO_TECHNICIAN_LICENCES } from './demo-maintenance';

describe('demo maintenance data', () => {
  it('registers each asset once, parents before their parts', () => {
    const seen = new Set<string>();
    for (const asset of DEMO_ASSETS) {
      expect(seen.has(asset.assetNo)).toBe(false);
      if (asset.parent) expect(seen.has(asset.parent)).toBe(true);
      seen.add(asset.assetNo);
    }
  });

  it('gives special equipment its registration number and only certificates that are still valid', () => {
    for (const asset of DEMO_ASSETS) {
      expect(Object.values(AssetCategory)).toContain(asset.category);
      if (isSpecialEquipment(asset.category as AssetCategory)) expect(asset.registrationNo).toBeTruthy();
      if (asset.certificate) expect(asset.certificate.validForDays).toBeGreaterThan(asset.certificate.inspectedDaysAgo);
    }
    // The register shows each certificate state: valid, expiring within 30 and within 7 days, missing.
    const daysLeft = DEMO_ASSETS.filter((a) => isSpecialEquipment(a.category as AssetCategory)).map((a) =>
      a.certificate ? a.certificate.validForDays - a.certificate.inspectedDaysAgo : null,
    );
    expect(daysLeft).toContain(null);
    expect(daysLeft.some((d) => d !== null && d > 7 && d <= 30)).toBe(true);
    expect(daysLeft.some((d) => d !== null && d <= 7)).toBe(true);
    expect(daysLeft.some((d) => d !== null && d > 30)).toBe(true);
  });

  it('names a place for every repair request', () => {
    for (const request of DEMO_REPAIR_REQUESTS) expect(request.location ?? request.asset).toBeTruthy();
    for (const request of DEMO_REPAIR_REQUESTS.filter((r) => r.asset)) expect(DEMO_ASSETS.map((a) => a.assetNo)).toContain(request.asset);
  });

  it('gives licences of known kinds and a roster without overlapping shifts of one kind per person', () => {
    for (const licence of DEMO_TECHNICIAN_LICENCES) expect(Object.values(LicenceKind)).toContain(licence.kind);
    for (const shift of DEMO_EAST_ROSTER) expect(shift.hours).toBeLessThanOrEqual(24);
    DEMO_EAST_ROSTER.forEach((a, i) =>
      DEMO_EAST_ROSTER.slice(i + 1)
        .filter((b) => b.employeeNo === a.employeeNo && b.kind === a.kind)
        .forEach((b) => expect(a.startHour + a.hours <= b.startHour || b.startHour + b.hours <= a.startHour).toBe(true)),
    );
  });
});
