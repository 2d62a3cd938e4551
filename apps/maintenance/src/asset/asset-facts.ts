import { Identity } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { isSpecialEquipment } from './asset-category';
import { AssetStatus } from './asset-status';
import { AssetRow } from './asset.entity';

/** How an asset is named in error messages: the code on its plate and its name. */
export const assetLabel = (row: Pick<AssetRow, 'assetNo' | 'name'>) => `${row.assetNo} ${row.name}`;

/** A retired asset's entry is final: no edits, certificates or repair requests. */
export function assertNotRetired(row: AssetRow): void {
  if (row.status === AssetStatus.RETIRED) throw new DomainError('ASSET_RETIRED', { asset: assetLabel(row) });
}

/** The facts every asset event carries (see libs/contracts asset-events). */
export function assetFacts(row: AssetRow, at: Date) {
  return { assetId: row.id, assetNo: row.assetNo, campusId: row.campusId, locationId: row.locationId, category: row.category, occurredAt: at.toISOString() };
}

/** `assetFacts` of a change someone made. */
export function assetChangeFacts(row: AssetRow, actor: Identity, at: Date) {
  return { ...assetFacts(row, at), actor: { subject: actor.subject, staffId: actor.staffId, name: actor.name } };
}

/** The register entry's descriptive state, as AssetRegisteredV1 and AssetUpdatedV1 carry it. */
export function assetState(row: AssetRow) {
  return {
    departmentId: row.departmentId,
    parentAssetId: row.parentAssetId,
    name: row.name,
    criticality: row.criticality,
    specialEquipment: isSpecialEquipment(row.category),
    registrationNo: row.registrationNo,
    manufacturer: row.manufacturer,
    model: row.model,
    serialNo: row.serialNo,
    commissionedOn: row.commissionedOn,
    warrantyEndsOn: row.warrantyEndsOn,
  };
}
