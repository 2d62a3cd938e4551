import { Injectable } from '@nestjs/common';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { DomainError, notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { LocationReplicaRow } from '@houqin/platform-org-replica';
import { In, Not } from 'typeorm';
import { AssetStatus } from '../asset/asset-status';
import { AssetRow } from '../asset/asset.entity';
import { renderLabelSheet, SheetLabel } from './label-sheet-pdf';
import { RepairLabelRow } from './portal.entity';
import { PrintRepairLabelSheetInput } from './portal.inputs';
import { RepairLabelView } from './repair-label-view';
import { RepairLabels } from './repair-labels';

/** A building's worth of wards and rooms with their equipment; more is a sign to print floor by floor. */
export const MAX_LABELS_PER_SHEET = 600;

export interface PrintedSheet {
  fileName: string;
  pdf: Buffer;
  pages: number;
  labels: RepairLabelRow[];
}

/**
 * 报修码打印: labels for every active place of a building (or one floor), and with `includeAssets` each asset in
 * service there, in location-code order with each place's assets after it. Places without a label get one;
 * labels already issued print again unchanged, so a reprint matches the stickers already up.
 */
@Injectable()
export class PrintRepairLabelSheet {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly labels: RepairLabels,
    private readonly views: RepairLabelView,
  ) {}

  async execute(identity: Identity, input: PrintRepairLabelSheetInput): Promise<PrintedSheet> {
    const buildingId = requireUuid('buildingId', input.buildingId);
    const floorId = optionalUuid('floorId', input.floorId);
    const { labels, sheet } = await this.unitOfWork.run(async (manager) => {
      const scope = CampusScope.of(identity);
      const locations = (
        await manager.find(LocationReplicaRow, { where: { buildingId, active: true, ...(floorId ? { floorId } : {}) }, order: { code: 'ASC' } })
      ).filter((l) => scope.allows(l.campusId));
      if (!locations.length) throw floorId ? notFound('Floor', floorId) : notFound('Building', buildingId);
      const assets =
        input.includeAssets === false
          ? []
          : await manager.find(AssetRow, {
              where: { locationId: In(locations.map((l) => l.id)), status: Not(AssetStatus.RETIRED) },
              order: { assetNo: 'ASC' },
            });
      if (locations.length + assets.length > MAX_LABELS_PER_SHEET) {
        throw new DomainError('INVALID_INPUT', { detail: `more than ${MAX_LABELS_PER_SHEET} labels: print one floor at a time` });
      }
      // A building is on one campus: its name is looked up once.
      const campusName = (await this.labels.campusName(manager, locations[0].campusId)) ?? '';
      const issued: RepairLabelRow[] = [];
      const sheet: SheetLabel[] = [];
      for (const location of locations) {
        const { placeName } = await this.labels.describe(manager, location);
        const placeLabel = await this.labels.labelFor(manager, identity, { locationId: location.id });
        issued.push(placeLabel);
        sheet.push({ url: this.views.urlOf(placeLabel), campusName, title: location.name, placeName, reference: location.code });
        for (const asset of assets.filter((a) => a.locationId === location.id)) {
          const assetLabel = await this.labels.labelFor(manager, identity, { assetId: asset.id });
          issued.push(assetLabel);
          sheet.push({ url: this.views.urlOf(assetLabel), campusName, title: asset.name, placeName, reference: asset.assetNo });
        }
      }
      return { labels: issued, sheet };
    });
    const { pdf, pages } = await renderLabelSheet(`报修码 ${buildingId}`, sheet);
    return { fileName: `repair-labels-${floorId ?? buildingId}.pdf`, pdf, pages, labels };
  }
}
