import { Injectable } from '@nestjs/common';
import { InspectionCertificateRecordedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { rejectDuplicate, uuidv7 } from '@houqin/platform-database';
import { DomainError, requireText, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { isSpecialEquipment } from './asset-category';
import { requireCertificatePeriod } from './asset-dates';
import { chinaToday } from '@houqin/platform-calendar';
import { assetChangeFacts, assertNotRetired, assetLabel } from './asset-facts';
import { AssetRow, InspectionCertificateRow } from './asset.entity';
import { RecordInspectionCertificateInput } from './asset.inputs';
import { AssetRepository } from './asset.repository';

/**
 * 录入检验合格证 after the periodic inspection of special equipment. The certificate of the newest inspection
 * becomes the asset's current one (an older one entered late only joins the history). An expired certificate
 * is refused: it proves nothing about the equipment today.
 */
@Injectable()
export class RecordInspectionCertificate {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly repository: AssetRepository,
  ) {}

  execute(identity: Identity, input: RecordInspectionCertificateInput): Promise<AssetRow> {
    const now = new Date();
    const today = chinaToday(now);
    const assetId = requireUuid('assetId', input.assetId);
    const certificateNo = requireText('certificateNo', input.certificateNo, 64);
    const inspectionBody = requireText('inspectionBody', input.inspectionBody, 100);
    const { issuedOn: inspectedOn, validUntil } = requireCertificatePeriod({ field: 'inspectedOn', value: input.inspectedOn }, input.validUntil, today);

    return rejectDuplicate('inspection_certificate_asset_no_uq', 'InspectionCertificate', certificateNo, () =>
      this.unitOfWork.run(async (manager) => {
        const asset = await this.repository.findVisible(identity, assetId, manager, 'pessimistic_write');
        if (!isSpecialEquipment(asset.category)) throw new DomainError('NOT_SPECIAL_EQUIPMENT', { asset: assetLabel(asset) });
        assertNotRetired(asset);
        const certificate: InspectionCertificateRow = {
          id: uuidv7(),
          assetId,
          certificateNo,
          inspectedOn,
          validUntil,
          inspectionBody,
          recordedBySubject: identity.subject,
          recordedAt: now,
        };
        await manager.insert(InspectionCertificateRow, certificate);
        const current = asset.currentCertificateId ? await manager.findOneByOrFail(InspectionCertificateRow, { id: asset.currentCertificateId }) : null;
        // Newest inspection wins; on the same day the one recorded last (the history's order too).
        const becomesCurrent = !current || inspectedOn >= current.inspectedOn;
        if (becomesCurrent) {
          Object.assign(asset, { currentCertificateId: certificate.id, certificateValidUntil: validUntil, updatedAt: now });
          await manager.save(AssetRow, asset);
        }
        await this.changes.record(
          manager,
          identity,
          {
            audit: {
              action: 'asset.record_certificate',
              entityType: 'InspectionCertificate',
              entityId: certificate.id,
              campusId: asset.campusId,
              before: null,
              after: certificate,
            },
            events: [
              changeEvent(
                InspectionCertificateRecordedV1,
                {
                  ...assetChangeFacts(asset, identity, now),
                  certificateId: certificate.id,
                  certificateNo,
                  inspectedOn,
                  validUntil,
                  inspectionBody,
                  current: becomesCurrent,
                },
                asset.id,
              ),
            ],
          },
          now,
        );
        return asset;
      }),
    );
  }
}
