import { AssetCategory, isSpecialEquipment } from '../asset/asset-category';
import { DEMO_ASSETS, DEMO_REPAIR_REQUESTS } from './demo-maintenance';

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
});
