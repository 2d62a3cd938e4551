import { WasteStorageThresholdReachedV1 } from '@houqin/contracts';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { Scheduled, ScheduledJob } from '@houqin/platform-scheduler';
import { EntityManager } from 'typeorm';
import { hoursHeld, STORAGE_THRESHOLD_HOURS, StorageThreshold, thresholdsReached } from './storage-clock';
import { WasteCollectionRow } from './waste-collection.entity';
import { wasteCollectionFacts } from './waste-collection-facts';
import { WasteCollectionStatus } from './waste-collection-status';
import { WasteStorageAlertRow } from './waste-storage-alert.entity';

const BATCH = 500;

/**
 * 暂存超时预警: every load not yet transferred that has reached 24 h or 48 h since collection raises its alert
 * once. A load found past both at once (the job was down) raises only the 48 h one and marks both done: one
 * message, the one that matters. The key of waste_storage_alert makes a rerun or another replica a no-op.
 */
@Scheduled()
export class StorageAlertJob implements ScheduledJob {
  readonly name = 'hygiene.waste-storage-alerts';
  readonly intervalMs = 5 * 60_000;

  constructor(private readonly changes: ChangeRecorder) {}

  async run(manager: EntityManager, now: Date): Promise<number> {
    const { HOURS_24, HOURS_48 } = STORAGE_THRESHOLD_HOURS;
    const due = await manager
      .getRepository(WasteCollectionRow)
      .createQueryBuilder('c')
      .where('c.status <> :transferred', { transferred: WasteCollectionStatus.TRANSFERRED })
      .andWhere(`c.collectedAt <= CAST(:now AS timestamptz) - make_interval(hours => :first)`, { now: now.toISOString(), first: HOURS_24 })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM waste_storage_alert a WHERE a.collection_id = c.id
           AND a.threshold = CASE WHEN c.collected_at <= CAST(:now AS timestamptz) - make_interval(hours => :limit) THEN :h48 ELSE :h24 END)`,
        { limit: HOURS_48, h48: StorageThreshold.HOURS_48, h24: StorageThreshold.HOURS_24 },
      )
      .orderBy('c.collectedAt')
      .limit(BATCH)
      .getMany();
    let raised = 0;
    for (const row of due) {
      const reached = thresholdsReached(row.collectedAt, now);
      const highest = reached[reached.length - 1];
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(WasteStorageAlertRow)
        .values(reached.map((threshold) => ({ collectionId: row.id, threshold, raisedAt: now })))
        .orIgnore()
        .returning(['threshold'])
        .execute();
      if (!inserted.raw.some((r: { threshold: string }) => r.threshold === highest)) continue;
      const status = row.status as Exclude<WasteCollectionStatus, WasteCollectionStatus.TRANSFERRED>;
      const data = { ...wasteCollectionFacts(row), threshold: highest, status, hoursHeld: hoursHeld(row.collectedAt, now), occurredAt: now.toISOString() };
      await this.changes.publish(manager, [changeEvent(WasteStorageThresholdReachedV1, data, row.id)], now);
      raised += 1;
    }
    return raised;
  }
}
