import { domainErrorCode as codeOf } from '@houqin/platform-errors';
import { AssetHierarchy, MAX_HIERARCHY_DEPTH } from './asset-hierarchy';
import { AssetStatus } from './asset-status';

const EAST = 'campus-east';
const parent = (id: string, overrides: Partial<{ campusId: string; status: AssetStatus }> = {}) => ({
  id,
  name: `设备 ${id}`,
  campusId: EAST,
  status: AssetStatus.IN_SERVICE,
  ...overrides,
});

describe('asset hierarchy', () => {
  const hierarchy = new AssetHierarchy();

  it('places a new asset under a live parent of its campus', () => {
    expect(() => hierarchy.checkPlacement({ id: null, name: '冷却水泵', campusId: EAST }, parent('plant'), ['plant'])).not.toThrow();
  });

  it('refuses a parent that is the asset itself or one of its descendants', () => {
    const pump = { id: 'pump', name: '冷却水泵', campusId: EAST };
    expect(codeOf(() => hierarchy.checkPlacement(pump, parent('pump'), ['pump']))).toBe('ASSET_HIERARCHY_CYCLE');
    // plant → chiller → pump: moving the plant under the pump closes a loop.
    const plant = { id: 'plant', name: '冷水机组', campusId: EAST };
    expect(codeOf(() => hierarchy.checkPlacement(plant, parent('pump'), ['pump', 'chiller', 'plant'], 3))).toBe('ASSET_HIERARCHY_CYCLE');
  });

  it('refuses a parent on another campus or already retired', () => {
    const pump = { id: null, name: '冷却水泵', campusId: EAST };
    expect(codeOf(() => hierarchy.checkPlacement(pump, parent('west-plant', { campusId: 'campus-west' }), ['west-plant']))).toBe('REFERENCE_MISMATCH');
    expect(codeOf(() => hierarchy.checkPlacement(pump, parent('old', { status: AssetStatus.RETIRED }), ['old']))).toBe('ASSET_RETIRED');
  });

  it(`keeps the tree at most ${MAX_HIERARCHY_DEPTH} levels deep, counting the subtree that moves`, () => {
    const leaf = { id: null, name: '传感器', campusId: EAST };
    expect(() => hierarchy.checkPlacement(leaf, parent('l4'), ['l4', 'l3', 'l2', 'l1'])).not.toThrow();
    expect(codeOf(() => hierarchy.checkPlacement(leaf, parent('l5'), ['l5', 'l4', 'l3', 'l2', 'l1']))).toBe('ASSET_HIERARCHY_TOO_DEEP');
    const branch = { id: 'branch', name: '分支', campusId: EAST };
    expect(() => hierarchy.checkPlacement(branch, parent('l2'), ['l2', 'l1'], 3)).not.toThrow();
    expect(codeOf(() => hierarchy.checkPlacement(branch, parent('l3'), ['l3', 'l2', 'l1'], 3))).toBe('ASSET_HIERARCHY_TOO_DEEP');
    expect(hierarchy.chainLimit).toBe(MAX_HIERARCHY_DEPTH + 1);
  });
});
