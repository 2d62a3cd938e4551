import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { campusScopeWhere, likePattern, scopeToCampuses } from '@houqin/platform-database';
import { notFound, optionalText, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, PageArgs, paginate } from '@houqin/platform-graphql';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { SPECIAL_EQUIPMENT_CATEGORIES } from './asset-category';
import { chinaToday } from '@houqin/platform-calendar';
import { AssetStatus } from './asset-status';
import { AssetRow, InspectionCertificateRow } from './asset.entity';
import { AssetsArgs, OverdueSpecialEquipmentArgs } from './asset.inputs';

type Lock = 'pessimistic_read' | 'pessimistic_write';

/** One asset of the caller's campuses; another campus's asset is simply not found. */
export async function findVisibleAsset(manager: EntityManager, identity: Identity, assetId: string, lock?: Lock): Promise<AssetRow> {
  const query = scopeToCampuses(manager.createQueryBuilder(AssetRow, 'asset').where('asset.id = :id', { id: assetId }), identity);
  if (lock) query.setLock(lock);
  const row = await query.getOne();
  if (!row) throw notFound('Asset', assetId);
  return row;
}

/** Asset register reads, always within the caller's campuses. */
@Injectable()
export class AssetRepository {
  constructor(private readonly dataSource: DataSource) {}

  findVisible(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager, lock?: Lock): Promise<AssetRow> {
    return findVisibleAsset(manager, identity, requireUuid('assetId', id), lock);
  }

  list<T>(identity: Identity, args: AssetsArgs, map: (row: AssetRow) => T): Promise<Page<T>> {
    const query = this.scoped(identity, args.campusId);
    const locationId = optionalUuid('locationId', args.locationId);
    const search = optionalText('search', args.search, 100);
    if (args.category) query.andWhere('asset.category = :category', { category: args.category });
    if (args.status) query.andWhere('asset.status = :status', { status: args.status });
    if (args.specialEquipmentOnly) query.andWhere('asset.category = ANY(:special)', { special: SPECIAL_EQUIPMENT_CATEGORIES });
    if (locationId) query.andWhere('asset.location_id = :locationId', { locationId });
    if (search) query.andWhere('(asset.name ILIKE :search OR asset.asset_no ILIKE :search)', { search: likePattern(search) });
    return paginate(query, args, map);
  }

  /** Special equipment still in the register whose certificate has expired or was never recorded (as of `now`). */
  overdueSpecialEquipment<T>(identity: Identity, args: OverdueSpecialEquipmentArgs, map: (row: AssetRow) => T, now: Date): Promise<Page<T>> {
    const query = this.scoped(identity, args.campusId)
      .andWhere('asset.category = ANY(:special)', { special: SPECIAL_EQUIPMENT_CATEGORIES })
      .andWhere('asset.status <> :retired', { retired: AssetStatus.RETIRED })
      .andWhere('(asset.certificate_valid_until IS NULL OR asset.certificate_valid_until < :today)', { today: chinaToday(now) });
    return paginate(query, args, map);
  }

  /** Loads the assets for a batch of references (federation, parents) in one query. */
  async findManyVisible(identity: Identity, ids: string[]): Promise<Map<string, AssetRow>> {
    const rows = await this.dataSource.manager.find(AssetRow, { where: { id: In(ids), ...campusScopeWhere(identity) } });
    return new Map(rows.map((r) => [r.id, r]));
  }

  children(identity: Identity, parentIds: string[]): Promise<AssetRow[]> {
    return this.dataSource.manager.find(AssetRow, {
      where: { parentAssetId: In(parentIds), ...campusScopeWhere(identity) },
      order: { id: 'ASC' },
    });
  }

  /** Certificate histories, newest inspection first (the order that decides the current certificate). */
  certificates(assetIds: string[]): Promise<InspectionCertificateRow[]> {
    return this.dataSource.manager.find(InspectionCertificateRow, { where: { assetId: In(assetIds) }, order: { inspectedOn: 'DESC', id: 'DESC' } });
  }

  workHistory<T>(identity: Identity, assetId: string, args: PageArgs, map: (row: WorkOrderRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.manager.createQueryBuilder(WorkOrderRow, 'wo'), identity).andWhere('wo.asset_id = :assetId', { assetId });
    return paginate(query, args, map, { newestFirst: true });
  }

  /** The asset's id and its ancestors' ids, nearest first, at most `limit` of them. */
  async chain(manager: EntityManager, assetId: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `WITH RECURSIVE chain AS (
         SELECT id, parent_asset_id, 1 AS depth FROM asset WHERE id = $1
         UNION ALL
         SELECT a.id, a.parent_asset_id, chain.depth + 1 FROM asset a JOIN chain ON a.id = chain.parent_asset_id WHERE chain.depth < $2
       ) SELECT id FROM chain ORDER BY depth`,
      [assetId, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Levels of the asset's subtree, itself included (1 when nothing hangs under it), counted up to `limit`. */
  async subtreeHeight(manager: EntityManager, assetId: string, limit: number): Promise<number> {
    const [{ height }] = await manager.query(
      `WITH RECURSIVE subtree AS (
         SELECT id, 1 AS level FROM asset WHERE id = $1
         UNION ALL
         SELECT a.id, subtree.level + 1 FROM asset a JOIN subtree ON a.parent_asset_id = subtree.id WHERE subtree.level < $2
       ) SELECT max(level)::int AS height FROM subtree`,
      [assetId, limit],
    );
    return height;
  }

  async liveChildren(manager: EntityManager, assetId: string): Promise<number> {
    return manager.countBy(AssetRow, { parentAssetId: assetId, status: In([AssetStatus.IN_SERVICE, AssetStatus.OUT_OF_SERVICE]) });
  }

  /**
   * Serialises hierarchy changes for the rest of the transaction, so two concurrent moves cannot each pass
   * the cycle and depth checks and together break them. Taken first, before any row lock, so it cannot deadlock;
   * hierarchy changes are rare admin work, so one lock for the register is enough.
   */
  async lockHierarchy(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('maintenance.asset-hierarchy'))`);
  }

  private scoped(identity: Identity, campusId: string | null | undefined): SelectQueryBuilder<AssetRow> {
    const query = scopeToCampuses(this.dataSource.manager.createQueryBuilder(AssetRow, 'asset'), identity);
    const chosen = optionalUuid('campusId', campusId);
    if (chosen) query.andWhere('asset.campus_id = :campusId', { campusId: chosen });
    return query;
  }
}
