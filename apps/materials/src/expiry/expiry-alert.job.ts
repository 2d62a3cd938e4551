import { LotExpiringV1, LotQuarantinedV1 } from '@houqin/contracts';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { Scheduled, ScheduledJob } from '@houqin/platform-scheduler';
import { EntityManager } from 'typeorm';
import { lockLotsById } from '../stock/lot-locks';
import { ExpiryThreshold, LotExpiry } from './lot-expiry';

interface Candidate {
  lotId: string;
  campusId: string;
  warehouseId: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  batchNo: string | null;
  expiresOn: string;
  quantity: number;
  unitCostFen: number;
}

interface Decision {
  candidate: Candidate;
  threshold: ExpiryThreshold;
  announced: boolean;
}

/** Lots handled per run (ADR 0008): a backlog, say after a bulk import of old stock, clears over a few ticks. */
const MAX_LOTS_PER_RUN = 500;

const keyOf = (lotId: string, threshold: string) => `${lotId}|${threshold}`;

/**
 * Watches the expiry dates of lots with stock: an alert as a lot comes within 90, 30 and 7 days of its date,
 * each once per lot (the lot_expiry_alert row is written with the outbox row), and on the day after its date
 * the lot is quarantined, once (quarantined_at is set only while still null). Both happen in the run's
 * transaction, so a crash, a restart or a second replica neither loses nor repeats one.
 */
@Scheduled()
export class ExpiryAlertJob implements ScheduledJob {
  readonly name = 'materials.lot-expiry';
  // Dates change once a day; hourly catches the new day soon after midnight (Beijing time) without a busy loop.
  readonly intervalMs = 60 * 60_000;

  constructor(private readonly changes: ChangeRecorder) {}

  async run(manager: EntityManager, now: Date): Promise<number> {
    const expiry = new LotExpiry(now);
    const horizons = expiry.horizons();
    // Only lots with something still to do: expired and not yet quarantined, or past a threshold not yet recorded.
    const candidates: Candidate[] = await manager.query(
      `SELECT l.id AS "lotId", l.campus_id AS "campusId", l.warehouse_id AS "warehouseId", l.item_id AS "itemId",
              i.code AS "itemCode", i.name AS "itemName", l.batch_no AS "batchNo", to_char(l.expires_on, 'YYYY-MM-DD') AS "expiresOn",
              l.quantity_remaining AS quantity, l.unit_cost_fen AS "unitCostFen"
         FROM stock_lot l JOIN item i ON i.id = l.item_id
        WHERE l.quantity_remaining > 0 AND l.expires_on IS NOT NULL AND l.expires_on <= $1::date AND l.quarantined_at IS NULL
          AND (l.expires_on < $2::date OR EXISTS (
                SELECT 1 FROM unnest($3::text[], $4::date[]) AS due(threshold, horizon)
                 WHERE l.expires_on <= due.horizon
                   AND NOT EXISTS (SELECT 1 FROM lot_expiry_alert a WHERE a.lot_id = l.id AND a.threshold = due.threshold)))
        ORDER BY l.expires_on, l.id
        LIMIT $5`,
      [expiry.alertHorizon, expiry.today, horizons.map((h) => h.threshold), horizons.map((h) => h.horizon), MAX_LOTS_PER_RUN],
    );
    const expired = candidates.filter((candidate) => expiry.isExpired(candidate.expiresOn));
    const quarantined = expired.length ? await this.quarantine(manager, expired, now) : 0;
    const alerted = await this.alert(manager, candidates, expiry, now);
    return quarantined + alerted;
  }

  private async quarantine(manager: EntityManager, lots: Candidate[], now: Date): Promise<number> {
    // Issues, transfers and write-offs lock lots in one fixed order; taking them in the same order cannot deadlock.
    await lockLotsById(
      manager,
      lots.map((lot) => lot.lotId),
    );
    // Re-read under the lock: a write-off may have emptied the lot since the candidates were read. (An UPDATE
    // answers [rows, count].)
    const [rows]: [{ id: string; quantity: number }[], number] = await manager.query(
      `UPDATE stock_lot SET quarantined_at = $2
        WHERE id = ANY($1::uuid[]) AND quarantined_at IS NULL AND quantity_remaining > 0
       RETURNING id, quantity_remaining AS quantity`,
      [lots.map((lot) => lot.lotId), now.toISOString()],
    );
    const byId = new Map(lots.map((lot) => [lot.lotId, lot]));
    const quarantined = rows.map(({ id, quantity }) => {
      const lot = byId.get(id)!;
      return changeEvent(
        LotQuarantinedV1,
        { ...this.facts(lot), quantity, valueFen: quantity * lot.unitCostFen, quarantinedAt: now.toISOString() },
        lot.warehouseId,
        lot.lotId,
      );
    });
    await this.changes.publish(manager, quarantined, now);
    return rows.length;
  }

  private async alert(manager: EntityManager, candidates: Candidate[], expiry: LotExpiry, now: Date): Promise<number> {
    const decisions = candidates.flatMap((candidate): Decision[] => {
      const step = expiry.step(candidate.expiresOn);
      if (step.kind !== 'alert') return [];
      return step.passed.map((threshold) => ({ candidate, threshold, announced: threshold === step.announce }));
    });
    if (!decisions.length) return 0;

    const inserted: { lotId: string; threshold: string }[] = await manager.query(
      `INSERT INTO lot_expiry_alert (lot_id, threshold, announced, recorded_at)
       SELECT d.lot_id, d.threshold, d.announced, $4
         FROM unnest($1::uuid[], $2::text[], $3::boolean[]) AS d(lot_id, threshold, announced)
       ON CONFLICT DO NOTHING
       RETURNING lot_id AS "lotId", threshold`,
      [decisions.map((d) => d.candidate.lotId), decisions.map((d) => d.threshold), decisions.map((d) => d.announced), now.toISOString()],
    );
    const fresh = new Set(inserted.map((row) => keyOf(row.lotId, row.threshold)));
    const toAnnounce = decisions.filter((d) => d.announced && fresh.has(keyOf(d.candidate.lotId, d.threshold)));
    await this.changes.publish(
      manager,
      toAnnounce.map(({ candidate, threshold }) =>
        changeEvent(
          LotExpiringV1,
          { ...this.facts(candidate), threshold, daysLeft: expiry.daysLeft(candidate.expiresOn), occurredAt: now.toISOString() },
          candidate.warehouseId,
          candidate.lotId,
        ),
      ),
      now,
    );
    return toAnnounce.length;
  }

  private facts(lot: Candidate) {
    return {
      lotId: lot.lotId,
      campusId: lot.campusId,
      warehouseId: lot.warehouseId,
      itemId: lot.itemId,
      itemCode: lot.itemCode,
      itemName: lot.itemName,
      batchNo: lot.batchNo,
      expiresOn: lot.expiresOn,
      quantity: lot.quantity,
      unitCostFen: lot.unitCostFen,
      valueFen: lot.quantity * lot.unitCostFen,
    };
  }
}
