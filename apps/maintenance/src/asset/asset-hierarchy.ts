import { DomainError, ReferenceMismatch } from '@houqin/platform-errors';
import { AssetStatus } from './asset-status';

/** Plant → unit → component → part → sub-part is as deep as a hospital register goes. */
export const MAX_HIERARCHY_DEPTH = 5;

export interface HierarchyParent {
  id: string;
  name: string;
  campusId: string;
  status: AssetStatus;
}

/**
 * Where an asset may hang in the asset tree (a chiller plant → its chillers → their pumps): under a live
 * asset of its own campus, never under itself or its own descendants, and no deeper than the limit.
 */
export class AssetHierarchy {
  constructor(private readonly maxDepth = MAX_HIERARCHY_DEPTH) {}

  /** How many ancestors to load to decide: one beyond the limit shows a chain is too deep. */
  get chainLimit(): number {
    return this.maxDepth + 1;
  }

  /**
   * @param asset the asset being placed; `id` is null at registration (nothing hangs under it yet)
   * @param parent the proposed parent
   * @param parentChain the parent's id and its ancestors' ids, parent first, up to `chainLimit` of them
   * @param subtreeHeight levels of the asset's own subtree, itself included (1 when nothing hangs under it)
   */
  checkPlacement(
    asset: { id: string | null; name: string; campusId: string },
    parent: HierarchyParent,
    parentChain: readonly string[],
    subtreeHeight = 1,
  ): void {
    if (asset.id !== null && parentChain.includes(asset.id)) throw new DomainError('ASSET_HIERARCHY_CYCLE', { asset: asset.name });
    if (parent.campusId !== asset.campusId) {
      throw new ReferenceMismatch(`上级设备“${parent.name}”不属于该院区`, `The parent asset "${parent.name}" belongs to another campus`);
    }
    if (parent.status === AssetStatus.RETIRED) throw new DomainError('ASSET_RETIRED', { asset: parent.name });
    if (parentChain.length + subtreeHeight > this.maxDepth) throw new DomainError('ASSET_HIERARCHY_TOO_DEEP', { max: this.maxDepth });
  }
}
