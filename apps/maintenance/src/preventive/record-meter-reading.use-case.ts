import { Injectable } from '@nestjs/common';
import { MeterReadingRecordedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { assertNotRetired, assetLabel } from '../asset/asset-facts';
import { AssetRepository } from '../asset/asset.repository';
import { actorOf } from '../crew/crew-facts';
import { METER_LABELS_ZH, PmMeter } from './pm-schedule';
import { AssetMeterReadingRow } from './preventive.entity';
import { PreventiveRepository } from './preventive.repository';

/**
 * 录入表计读数: running hours or cycles of an asset. A meter only counts up, so a value below the last one is
 * a misreading (or a replaced meter, which is a new asset's business) and is refused; the same value again is fine.
 * The PM generation job turns readings past a plan's next threshold into tasks.
 */
@Injectable()
export class RecordMeterReading {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly assets: AssetRepository,
    private readonly repository: PreventiveRepository,
  ) {}

  execute(identity: Identity, assetId: string, meter: PmMeter, value: number): Promise<AssetMeterReadingRow> {
    if (!Number.isFinite(value) || value < 0) throw new DomainError('INVALID_INPUT', { detail: 'value: a meter reading is a number of 0 or more' });
    return this.unitOfWork.run(async (manager) => {
      const asset = await this.assets.findVisible(identity, assetId, manager);
      assertNotRetired(asset);
      await this.repository.lockMeter(manager, asset.id, meter);
      const last = await this.repository.latestReading(manager, asset.id, meter);
      if (last !== null && value < last)
        throw new DomainError('METER_READING_DECREASED', { asset: assetLabel(asset), meter, meterZh: METER_LABELS_ZH[meter], value, last });
      const now = new Date();
      const row: AssetMeterReadingRow = { id: uuidv7(), assetId: asset.id, campusId: asset.campusId, meter, value, readAt: now, recordedBy: identity.subject };
      await manager.insert(AssetMeterReadingRow, row);
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: 'meter_reading.record',
            entityType: 'Asset',
            entityId: asset.id,
            campusId: asset.campusId,
            before: { meter, value: last },
            after: row,
          },
          events: [
            changeEvent(
              MeterReadingRecordedV1,
              {
                readingId: row.id,
                assetId: asset.id,
                campusId: asset.campusId,
                meter,
                value,
                previousValue: last,
                occurredAt: now.toISOString(),
                actor: actorOf(identity),
              },
              asset.id,
            ),
          ],
        },
        now,
      );
      return row;
    });
  }
}
