import { StockCoverBelowReserveV1, StockCoverRestoredV1 } from '@houqin/contracts';
import { chinaToday } from '@houqin/platform-calendar';
import { uuidv7 } from '@houqin/platform-database';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { Scheduled, ScheduledJob } from '@houqin/platform-scheduler';
import { EntityManager } from 'typeorm';
import { CONSUMPTION_WINDOW_DAYS, coverOf } from './stock-cover';

/**
 * 应急储备: checks every item that keeps a reserve (e.g. 30 days of masks) against its trailing rate of use. Falling
 * below raises one alert (an open alert row, unique per item and warehouse, written with the event), restoring
 * the cover clears it; reruns, restarts and a second replica raise nothing twice.
 */
@Scheduled()
export class StockCoverAlertJob implements ScheduledJob {
  readonly name = 'materials.stock-cover';
  readonly intervalMs = 60 * 60_000;

  constructor(private readonly changes: ChangeRecorder) {}

  async run(manager: EntityManager, now: Date): Promise<number> {
    const today = chinaToday(now);
    const since = new Date(now.getTime() - CONSUMPTION_WINDOW_DAYS * 86_400_000);
    const rows: { warehouseId: string; itemId: string; campusId: string; reserveDays: number; available: number; used: number; openAlertId: string | null }[] =
      await manager.query(
        `SELECT p.warehouse_id AS "warehouseId", p.item_id AS "itemId", p.campus_id AS "campusId", p.reserve_days AS "reserveDays",
                coalesce((SELECT sum(l.quantity_remaining) FROM stock_lot l WHERE l.warehouse_id = p.warehouse_id AND l.item_id = p.item_id
                            AND l.quantity_remaining > 0 AND (l.expires_on IS NULL OR l.expires_on >= $1::date)), 0)::int AS available,
                coalesce((SELECT -sum(m.quantity) FROM stock_movement m WHERE m.warehouse_id = p.warehouse_id AND m.item_id = p.item_id
                            AND m.kind IN ('ISSUE', 'RETURN') AND m.occurred_at >= $2), 0)::int AS used,
                a.id AS "openAlertId"
           FROM reorder_point p
           LEFT JOIN stock_cover_alert a ON a.warehouse_id = p.warehouse_id AND a.item_id = p.item_id AND a.cleared_at IS NULL
          WHERE p.reserve_days IS NOT NULL`,
        [today, since],
      );
    let changed = 0;
    for (const row of rows) {
      const cover = coverOf(row.available, row.used, row.reserveDays, today);
      const facts = {
        campusId: row.campusId,
        warehouseId: row.warehouseId,
        itemId: row.itemId,
        available: row.available,
        averageDailyUse: cover.averageDailyUse,
        daysOfCover: cover.daysOfCover,
        reserveDays: row.reserveDays,
        occurredAt: now.toISOString(),
      };
      if (cover.belowReserve && !row.openAlertId) {
        const raised: unknown[] = await manager.query(
          `INSERT INTO stock_cover_alert (id, warehouse_id, item_id, raised_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`,
          [uuidv7(), row.warehouseId, row.itemId, now],
        );
        if (!raised.length) continue;
        await this.changes.publish(manager, [
          changeEvent(StockCoverBelowReserveV1, { ...facts, projectedStockOutOn: cover.projectedStockOutOn }, row.warehouseId, row.itemId),
        ]);
        changed += 1;
      } else if (!cover.belowReserve && row.openAlertId) {
        await manager.query(`UPDATE stock_cover_alert SET cleared_at = $2 WHERE id = $1`, [row.openAlertId, now]);
        await this.changes.publish(manager, [changeEvent(StockCoverRestoredV1, facts, row.warehouseId, row.itemId)]);
        changed += 1;
      }
    }
    return changed;
  }
}
