import { Injectable } from '@nestjs/common';
import { AssetRegisteredV1 } from '@houqin/contracts';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { rejectDuplicate, uuidv7 } from '@houqin/platform-database';
import { DomainError, forbidden, optionalIsoDate, optionalText, optionalUuid, requireIsoDate, requireText, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { AssetCategory, CATEGORY_LABELS_ZH, isSpecialEquipment } from './asset-category';
import { requireDateOrder, requireNotInFuture } from './asset-dates';
import { chinaToday } from '@houqin/platform-calendar';
import { assetChangeFacts, assetState } from './asset-facts';
import { AssetHierarchy } from './asset-hierarchy';
import { AssetStatus } from './asset-status';
import { AssetRow } from './asset.entity';
import { RegisterAssetInput } from './asset.inputs';
import { AssetRepository } from './asset.repository';

const ASSET_NO = /^[A-Z0-9][A-Z0-9._/-]*$/;

/** The asset code on the plate: upper case, so E-ELV-03 and e-elv-03 are the same asset. */
export function requireAssetNo(value: string): string {
  const assetNo = requireText('assetNo', value, 32).toUpperCase();
  if (!ASSET_NO.test(assetNo)) throw new DomainError('INVALID_INPUT', { detail: 'assetNo: letters, digits and . _ / - only, e.g. E-ELV-03' });
  return assetNo;
}

/** 特种设备 carry their 使用登记证号; other assets may have one. */
export function registrationNoFor(category: AssetCategory, value: string | null | undefined): string | null {
  const registrationNo = optionalText('registrationNo', value, 64);
  if (!registrationNo && isSpecialEquipment(category))
    throw new DomainError('REGISTRATION_NO_REQUIRED', { category, categoryZh: CATEGORY_LABELS_ZH[category] });
  return registrationNo;
}

/**
 * 设备登记: enters an asset in the register, in service. Where it stands decides the rest: the campus is the
 * location's (and must be the caller's), the department defaults to the location's.
 */
@Injectable()
export class RegisterAsset {
  private readonly hierarchy = new AssetHierarchy();

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
    private readonly repository: AssetRepository,
  ) {}

  execute(identity: Identity, input: RegisterAssetInput): Promise<AssetRow> {
    const now = new Date();
    const locationId = requireUuid('locationId', input.locationId);
    const chosenDepartmentId = optionalUuid('departmentId', input.departmentId);
    const parentAssetId = optionalUuid('parentAssetId', input.parentAssetId);
    const assetNo = requireAssetNo(input.assetNo);
    const name = requireText('name', input.name, 100);
    const registrationNo = registrationNoFor(input.category, input.registrationNo);
    const commissionedOn = requireNotInFuture('commissionedOn', requireIsoDate('commissionedOn', input.commissionedOn), chinaToday(now));
    const warrantyEndsOn = optionalIsoDate('warrantyEndsOn', input.warrantyEndsOn);
    if (warrantyEndsOn) requireDateOrder({ field: 'warrantyEndsOn', value: warrantyEndsOn }, { field: 'commissionedOn', value: commissionedOn }, true);
    const descriptive = {
      manufacturer: optionalText('manufacturer', input.manufacturer, 100),
      model: optionalText('model', input.model, 100),
      serialNo: optionalText('serialNo', input.serialNo, 64),
    };

    return rejectDuplicate('asset_campus_asset_no_uq', 'Asset', assetNo, () =>
      this.unitOfWork.run(async (manager) => {
        if (parentAssetId) await this.repository.lockHierarchy(manager);
        const location = await this.directory.requireLocation(manager, locationId);
        const campusId = location.campusId;
        if (!CampusScope.of(identity).allows(campusId)) throw forbidden();
        const departmentId = await this.directory.chargedDepartment(manager, await this.directory.ancestry(manager, location), chosenDepartmentId);
        if (parentAssetId) {
          // FOR SHARE: a parent being retired right now waits for this child, or this waits and sees it retired.
          const parent = await this.repository.findVisible(identity, parentAssetId, manager, 'pessimistic_read');
          const chain = await this.repository.chain(manager, parent.id, this.hierarchy.chainLimit);
          this.hierarchy.checkPlacement({ id: null, name, campusId }, parent, chain);
        }
        const row: AssetRow = {
          id: uuidv7(),
          campusId,
          locationId,
          departmentId,
          parentAssetId,
          assetNo,
          name,
          category: input.category,
          criticality: input.criticality,
          registrationNo,
          ...descriptive,
          commissionedOn,
          warrantyEndsOn,
          status: AssetStatus.IN_SERVICE,
          statusReason: null,
          statusChangedAt: now,
          currentCertificateId: null,
          certificateValidUntil: null,
          createdAt: now,
          updatedAt: now,
        };
        await manager.insert(AssetRow, row);
        await this.changes.record(
          manager,
          identity,
          {
            audit: { action: 'asset.register', entityType: 'Asset', entityId: row.id, campusId, before: null, after: row },
            events: [changeEvent(AssetRegisteredV1, { ...assetChangeFacts(row, identity, now), ...assetState(row) }, row.id)],
          },
          now,
        );
        return row;
      }),
    );
  }
}
