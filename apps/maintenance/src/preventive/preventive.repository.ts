import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { campusScopeWhere, scopeToCampuses } from '@houqin/platform-database';
import { notFound, optionalIsoDate, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource, EntityManager, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AssetRow } from '../asset/asset.entity';
import { PmMeter } from './pm-schedule';
import { PmPlansArgs, PmTasksArgs } from './preventive.inputs';
import { PmPlanRow, PmTaskRow } from './preventive.entity';

/** Preventive-maintenance reads, always within the caller's campuses: another campus's plan or task is simply not found. */
@Injectable()
export class PreventiveRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findVisiblePlan(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<PmPlanRow> {
    const planId = requireUuid('planId', id);
    const query = scopeToCampuses(manager.createQueryBuilder(PmPlanRow, 'plan').where('plan.id = :id', { id: planId }), identity);
    if (lock) query.setLock('pessimistic_write');
    const row = await query.getOne();
    if (!row) throw notFound('PmPlan', planId);
    return row;
  }

  async findVisibleTask(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<PmTaskRow> {
    const taskId = requireUuid('taskId', id);
    const query = scopeToCampuses(manager.createQueryBuilder(PmTaskRow, 'task').where('task.id = :id', { id: taskId }), identity);
    if (lock) query.setLock('pessimistic_write');
    const row = await query.getOne();
    if (!row) throw notFound('PmTask', taskId);
    return row;
  }

  /** The plans for a batch of tasks (federation-style batching: one query per page of tasks). */
  async findPlans(identity: Identity, ids: string[]): Promise<Map<string, PmPlanRow>> {
    const rows = await this.dataSource.manager.find(PmPlanRow, { where: { id: In(ids), ...campusScopeWhere(identity) } });
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Plans, oldest first; with `asset`, those that cover it: its own and those of its category on its campus. */
  plans<T>(identity: Identity, args: PmPlansArgs, asset: AssetRow | null, map: (row: PmPlanRow) => T): Promise<Page<T>> {
    const query = this.scoped(this.dataSource.manager.createQueryBuilder(PmPlanRow, 'plan'), identity, args.campusId);
    if (asset) {
      query.andWhere('(plan.asset_id = :assetId OR (plan.asset_id IS NULL AND plan.campus_id = :assetCampusId AND plan.category = :assetCategory))', {
        assetId: asset.id,
        assetCampusId: asset.campusId,
        assetCategory: asset.category,
      });
    }
    if (args.active !== undefined && args.active !== null) query.andWhere('plan.active = :active', { active: args.active });
    return paginate(query, args, map);
  }

  /** Tasks in the order they were generated. */
  tasks<T>(identity: Identity, args: PmTasksArgs, map: (row: PmTaskRow) => T): Promise<Page<T>> {
    const query = this.scoped(this.dataSource.manager.createQueryBuilder(PmTaskRow, 'task'), identity, args.campusId);
    const dueFrom = optionalIsoDate('dueFrom', args.dueFrom);
    const dueTo = optionalIsoDate('dueTo', args.dueTo);
    const assetId = optionalUuid('assetId', args.assetId);
    if (args.status) query.andWhere('task.status = :status', { status: args.status });
    if (dueFrom) query.andWhere('task.due_on >= :dueFrom', { dueFrom });
    if (dueTo) query.andWhere('task.due_on <= :dueTo', { dueTo });
    if (assetId) query.andWhere('task.asset_id = :assetId', { assetId });
    return paginate(query, args, map);
  }

  /** The latest reading of an asset's meter (meters never go back, so it is also the highest), or null. */
  async latestReading(manager: EntityManager, assetId: string, meter: PmMeter): Promise<number | null> {
    const [row]: { value: number }[] = await manager.query(
      `SELECT value FROM asset_meter_reading WHERE asset_id = $1 AND meter = $2 ORDER BY read_at DESC, id DESC LIMIT 1`,
      [assetId, meter],
    );
    return row ? row.value : null;
  }

  /** Serialises readings of one meter for the rest of the transaction, so two readings cannot both pass the "not below the last" check. */
  async lockMeter(manager: EntityManager, assetId: string, meter: PmMeter): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('maintenance.meter:' || $1 || ':' || $2))`, [assetId, meter]);
  }

  private scoped<R extends ObjectLiteral>(query: SelectQueryBuilder<R>, identity: Identity, campusId: string | null | undefined): SelectQueryBuilder<R> {
    scopeToCampuses(query, identity);
    const chosen = optionalUuid('campusId', campusId);
    if (chosen) query.andWhere(`${query.alias}.campus_id = :campusId`, { campusId: chosen });
    return query;
  }
}
