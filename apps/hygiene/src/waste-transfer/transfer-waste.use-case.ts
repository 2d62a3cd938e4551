import { Inject, Injectable } from '@nestjs/common';
import { WasteTransferDiscrepancyFlaggedV1, WasteTransferredV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { isUniqueViolation, requireCampusInScope, uuidv7 } from '@houqin/platform-database';
import { DomainError, ReferenceMismatch, requireText } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent, TransitionRunner } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { EntityManager } from 'typeorm';
import { requireCollectionIds, stepTime } from '../waste-collection/custody-rules';
import { WasteCollectionRow } from '../waste-collection/waste-collection.entity';
import { WasteCollectionRepository } from '../waste-collection/waste-collection.repository';
import { WasteCollectionAction, WASTE_COLLECTION_LIFECYCLE } from '../waste-collection/waste-collection-lifecycle';
import { WasteCollectionStatus } from '../waste-collection/waste-collection-status';
import { HYGIENE_SETTINGS, HygieneSettings } from '../hygiene-settings';
import { kilograms, percent, reconcile } from './reconciliation';
import { WasteTransferRow } from './waste-transfer.entity';
import { TransferWasteInput } from './waste-transfer.inputs';

/** 转移联单号: letters, digits and dashes as the provincial systems print them. */
const MANIFEST_NO = /^[A-Za-z0-9-]{6,40}$/;
/** A disposal truck carries a few tonnes; more is a typo (kg entered as g ×1000 the other way). */
export const TRANSFER_MAX_GRAMS = 20_000_000;

type Valid = Pick<WasteTransferRow, 'campusId' | 'manifestNo' | 'disposalCompany' | 'companyWeightGrams'> & {
  collectionIds: string[] | null;
  transferredAt: Date | null;
};

/**
 * 转运: the store's loads leave with the disposal company under a manifest. Every load moves to TRANSFERRED, the
 * company's weight is reconciled against the wards' and a difference beyond the tolerance is flagged, all in one
 * transaction: a manifest is never recorded with half its loads.
 */
@Injectable()
export class TransferWaste {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly transitions: TransitionRunner,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
    private readonly collections: WasteCollectionRepository,
    @Inject(HYGIENE_SETTINGS) private readonly settings: HygieneSettings,
  ) {}

  static validate(identity: Identity, input: TransferWasteInput): Valid {
    const manifestNo = requireText('manifestNo', input.manifestNo, 40);
    if (!MANIFEST_NO.test(manifestNo)) throw new DomainError('INVALID_INPUT', { detail: 'manifestNo must be 6–40 letters, digits or dashes' });
    if (!Number.isInteger(input.companyWeightGrams) || input.companyWeightGrams <= 0 || input.companyWeightGrams > TRANSFER_MAX_GRAMS) {
      throw new DomainError('INVALID_INPUT', { detail: `companyWeightGrams must be 1–${TRANSFER_MAX_GRAMS}` });
    }
    return {
      campusId: requireCampusInScope(identity, input.campusId),
      manifestNo,
      disposalCompany: requireText('disposalCompany', input.disposalCompany, 100),
      companyWeightGrams: input.companyWeightGrams,
      collectionIds: input.collectionIds ? requireCollectionIds(input.collectionIds) : null,
      transferredAt: input.transferredAt ?? null,
    };
  }

  execute(identity: Identity, input: TransferWasteInput): Promise<WasteTransferRow> {
    const valid = TransferWaste.validate(identity, input);
    return this.unitOfWork.run(async (manager) => {
      await this.directory.requireCampus(manager, valid.campusId);
      if (await manager.existsBy(WasteTransferRow, { manifestNo: valid.manifestNo }))
        throw new DomainError('WASTE_MANIFEST_TAKEN', { manifestNo: valid.manifestNo });
      const now = new Date();
      const transferredAt = stepTime('transferredAt', valid.transferredAt, null, now);
      const id = uuidv7();
      const ids = valid.collectionIds ?? (await this.storedOn(manager, valid.campusId));
      if (!ids.length) throw new DomainError('WASTE_TRANSFER_EMPTY');
      const loads: WasteCollectionRow[] = [];
      for (const collectionId of ids) {
        loads.push(
          await this.transitions.runIn(manager, identity, WASTE_COLLECTION_LIFECYCLE, {
            action: WasteCollectionAction.TRANSFER,
            load: async (m) => this.onCampus(await this.collections.findVisible(identity, collectionId, m, true), valid.campusId),
            apply: (row) => {
              row.transferredAt = stepTime('transferredAt', transferredAt, row.storedAt, now);
              row.transferId = id;
            },
          }),
        );
      }
      const reconciliation = reconcile(
        loads.reduce((sum, load) => sum + load.weightGrams, 0),
        valid.companyWeightGrams,
        this.settings.wasteToleranceBasisPoints,
      );
      const row: WasteTransferRow = {
        id,
        campusId: valid.campusId,
        manifestNo: valid.manifestNo,
        disposalCompany: valid.disposalCompany,
        transferredAt,
        collectionCount: loads.length,
        wardWeightGrams: reconciliation.wardWeightGrams,
        companyWeightGrams: reconciliation.companyWeightGrams,
        differenceGrams: reconciliation.differenceGrams,
        deviationBasisPoints: reconciliation.deviationBasisPoints,
        toleranceBasisPoints: this.settings.wasteToleranceBasisPoints,
        discrepancy: reconciliation.discrepancy,
        createdAt: now,
        createdBy: identity.subject,
      };
      try {
        await manager.insert(WasteTransferRow, row);
      } catch (error) {
        // Another transfer took the manifest number since the check above.
        if (isUniqueViolation(error, 'waste_transfer_manifest_no_uq')) throw new DomainError('WASTE_MANIFEST_TAKEN', { manifestNo: row.manifestNo });
        throw error;
      }
      const facts = {
        wasteTransferId: row.id,
        campusId: row.campusId,
        manifestNo: row.manifestNo,
        disposalCompany: row.disposalCompany,
        transferredAt: row.transferredAt.toISOString(),
        wardWeightGrams: row.wardWeightGrams,
        companyWeightGrams: row.companyWeightGrams,
        differenceGrams: row.differenceGrams,
      };
      const occurredAt = now.toISOString();
      const actor = { subject: identity.subject, staffId: identity.staffId, name: identity.name };
      const events = [
        changeEvent(WasteTransferredV1, { ...facts, collectionIds: loads.map((load) => load.id), discrepancy: row.discrepancy, occurredAt, actor }, row.id),
      ];
      if (row.discrepancy) {
        const flagged = {
          ...facts,
          wardWeightKg: kilograms(row.wardWeightGrams),
          companyWeightKg: kilograms(row.companyWeightGrams),
          deviationPercent: percent(row.deviationBasisPoints),
          tolerancePercent: percent(row.toleranceBasisPoints),
          occurredAt,
        };
        events.push(changeEvent(WasteTransferDiscrepancyFlaggedV1, flagged, row.id));
      }
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'waste_transfer.transfer', entityType: 'WasteTransfer', entityId: row.id, campusId: row.campusId, before: null, after: row },
          events,
        },
        now,
      );
      return row;
    });
  }

  /** Everything in the campus's store, oldest first. */
  private async storedOn(manager: EntityManager, campusId: string): Promise<string[]> {
    const rows = await manager.find(WasteCollectionRow, {
      select: { id: true },
      where: { campusId, status: WasteCollectionStatus.STORED },
      order: { collectedAt: 'ASC' },
    });
    return rows.map((r) => r.id);
  }

  /** A manifest covers one campus's store: a load of another campus (that the caller may also see) does not belong on it. */
  private onCampus(row: WasteCollectionRow, campusId: string): WasteCollectionRow {
    if (row.campusId !== campusId) {
      throw new ReferenceMismatch('该医废收集记录不属于本次转移的院区', 'The waste collection belongs to another campus than the transfer');
    }
    return row;
  }
}
