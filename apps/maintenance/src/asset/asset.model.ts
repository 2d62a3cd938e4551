import { Directive, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CampusRef, DepartmentRef, LocationRef, ref } from '@houqin/platform-entity-refs';
import { Connection, describedValues } from '@houqin/platform-graphql';
import { AssetCategory, AssetCriticality, CATEGORY_LABELS_ZH, isSpecialEquipment } from './asset-category';
import { ASSET_STATUS_LABELS_ZH } from './asset-lifecycle';
import { AssetStatus } from './asset-status';
import { CertificateExpiry, CertificateStatus } from './certificate-expiry';
import { AssetRow, InspectionCertificateRow } from './asset.entity';

registerEnumType(AssetCategory, { name: 'AssetCategory', description: '设备类别', valuesMap: describedValues(CATEGORY_LABELS_ZH) });
registerEnumType(AssetCriticality, { name: 'AssetCriticality', description: '重要程度: how much the hospital depends on the asset.' });
registerEnumType(AssetStatus, { name: 'AssetStatus', description: '设备状态', valuesMap: describedValues(ASSET_STATUS_LABELS_ZH) });
registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  description: '检验合格证状态 of special equipment.',
  valuesMap: {
    VALID: { description: '有效: more than 30 days left.' },
    EXPIRING_30: { description: '30 天内到期' },
    EXPIRING_7: { description: '7 天内到期' },
    EXPIRED: { description: '已过期: the equipment must not be used.' },
    MISSING: { description: '无合格证: none recorded; treated as expired.' },
  },
});

@ObjectType({ description: '检验合格证: one periodic inspection of special equipment.' })
export class InspectionCertificate {
  @Field(() => ID) id!: string;
  @Field(() => String) certificateNo!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) inspectedOn!: string;
  @Field(() => String, { description: 'Last valid day, YYYY-MM-DD.' }) validUntil!: string;
  @Field(() => String, { description: '检验机构, e.g. the provincial special-equipment inspection institute.' }) inspectionBody!: string;
  @Field(() => Date) recordedAt!: Date;
}

@ObjectType({ description: '设备台账: an asset of the hospital, where it is and how it stands.' })
@Directive('@key(fields: "id")')
export class Asset {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Asset code, unique per campus, e.g. E-ELV-03.' }) assetNo!: string;
  @Field(() => String) name!: string;
  @Field(() => AssetCategory) category!: AssetCategory;
  @Field(() => Boolean, { description: '特种设备: elevators, boilers, pressure vessels, sterilisers.' }) isSpecialEquipment!: boolean;
  @Field(() => String, { nullable: true, description: '特种设备使用登记证号' }) registrationNo!: string | null;
  @Field(() => AssetCriticality) criticality!: AssetCriticality;
  @Field(() => String, { nullable: true }) manufacturer!: string | null;
  @Field(() => String, { nullable: true }) model!: string | null;
  @Field(() => String, { nullable: true }) serialNo!: string | null;
  @Field(() => String, { description: '投用日期, YYYY-MM-DD.' }) commissionedOn!: string;
  @Field(() => String, { nullable: true, description: '保修截止, YYYY-MM-DD.' }) warrantyEndsOn!: string | null;
  @Field(() => AssetStatus) status!: AssetStatus;
  @Field(() => String, { nullable: true, description: 'Why it was last taken out of service or retired.' }) statusReason!: string | null;
  @Field(() => Date) statusChangedAt!: Date;
  @Field(() => CampusRef) campus!: CampusRef;
  @Field(() => LocationRef) location!: LocationRef;
  @Field(() => DepartmentRef, { description: 'The department the asset serves and is charged to.' }) department!: DepartmentRef;
  @Field(() => String, { nullable: true, description: 'Last valid day of the current certificate, YYYY-MM-DD; special equipment only.' })
  certificateValidUntil!: string | null;
  @Field(() => CertificateStatus, { nullable: true, description: 'Null for assets that are not special equipment.' })
  certificateStatus!: CertificateStatus | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  /** Resolved by field resolvers (parent, children, certificates, workHistory) so lists do not load them unasked. */
  @Field(() => Asset, { nullable: true }) parent!: Asset | null;
  @Field(() => [Asset], { description: 'Assets hanging directly under this one.' }) children!: Asset[];
  @Field(() => [InspectionCertificate], { description: 'Certificate history, newest first (the first is the current one).' })
  certificates!: InspectionCertificate[];
  /** Not in the schema: what the `parent` resolver loads. */
  parentAssetId!: string | null;
}

export const AssetConnection = Connection(Asset, 'Asset');

export function toAsset(row: AssetRow, now: Date = new Date()): Asset {
  const special = isSpecialEquipment(row.category);
  const model = new Asset();
  Object.assign(model, {
    id: row.id,
    assetNo: row.assetNo,
    name: row.name,
    category: row.category,
    isSpecialEquipment: special,
    registrationNo: row.registrationNo,
    criticality: row.criticality,
    manufacturer: row.manufacturer,
    model: row.model,
    serialNo: row.serialNo,
    commissionedOn: row.commissionedOn,
    warrantyEndsOn: row.warrantyEndsOn,
    status: row.status,
    statusReason: row.statusReason,
    statusChangedAt: row.statusChangedAt,
    campus: ref(row.campusId),
    location: ref(row.locationId),
    department: ref(row.departmentId),
    certificateValidUntil: special ? row.certificateValidUntil : null,
    certificateStatus: special ? new CertificateExpiry(now).status(row.certificateValidUntil) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    parentAssetId: row.parentAssetId,
  });
  return model;
}

export const toInspectionCertificate = (row: InspectionCertificateRow): InspectionCertificate => ({
  id: row.id,
  certificateNo: row.certificateNo,
  inspectedOn: row.inspectedOn,
  validUntil: row.validUntil,
  inspectionBody: row.inspectionBody,
  recordedAt: row.recordedAt,
});
