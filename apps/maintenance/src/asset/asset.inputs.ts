import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';
import { AssetCategory, AssetCriticality } from './asset-category';
import { AssetStatus } from './asset-status';

@InputType({ description: "设备登记: enter an asset in the register. The campus is the location's." })
export class RegisterAssetInput {
  @Field(() => ID, { description: 'Where the asset stands (org directory); decides the campus.' }) locationId!: string;
  @Field(() => ID, { nullable: true, description: "Department served and charged; defaults to the location's (a bed's ward's)." })
  departmentId?: string;
  @Field(() => ID, { nullable: true, description: 'The asset it is part of (e.g. a chiller of a chiller plant), on the same campus.' })
  parentAssetId?: string;
  @Field(() => String, { description: 'Asset code, unique per campus, e.g. E-ELV-03.' }) assetNo!: string;
  @Field(() => String) name!: string;
  @Field(() => AssetCategory) category!: AssetCategory;
  @Field(() => AssetCriticality) criticality!: AssetCriticality;
  @Field(() => String, { nullable: true, description: '特种设备使用登记证号: required for special equipment.' }) registrationNo?: string;
  @Field(() => String, { nullable: true }) manufacturer?: string;
  @Field(() => String, { nullable: true }) model?: string;
  @Field(() => String, { nullable: true }) serialNo?: string;
  @Field(() => String, { description: '投用日期, YYYY-MM-DD, not in the future.' }) commissionedOn!: string;
  @Field(() => String, { nullable: true, description: '保修截止, YYYY-MM-DD, not before commissioning.' }) warrantyEndsOn?: string;
}

@InputType({ description: 'Corrects the descriptive fields or moves the asset in the hierarchy. Absent fields stay; null clears an optional one.' })
export class UpdateAssetInput {
  @Field(() => ID) assetId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => AssetCriticality, { nullable: true }) criticality?: AssetCriticality | null;
  @Field(() => String, { nullable: true, description: '特种设备使用登记证号: cannot be cleared on special equipment.' }) registrationNo?: string | null;
  @Field(() => String, { nullable: true }) manufacturer?: string | null;
  @Field(() => String, { nullable: true }) model?: string | null;
  @Field(() => String, { nullable: true }) serialNo?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) warrantyEndsOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'New parent asset; null makes it a top-level asset.' }) parentAssetId?: string | null;
}

@InputType({ description: '录入检验合格证 of special equipment.' })
export class RecordInspectionCertificateInput {
  @Field(() => ID) assetId!: string;
  @Field(() => String) certificateNo!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, not in the future.' }) inspectedOn!: string;
  @Field(() => String, { description: 'Last valid day, YYYY-MM-DD: after the inspection and not in the past.' }) validUntil!: string;
  @Field(() => String, { description: '检验机构' }) inspectionBody!: string;
}

@ArgsType()
export class AssetsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) campusId?: string;
  @Field(() => AssetCategory, { nullable: true }) category?: AssetCategory;
  @Field(() => AssetStatus, { nullable: true }) status?: AssetStatus;
  @Field(() => Boolean, { nullable: true, description: 'Only special equipment (特种设备).' }) specialEquipmentOnly?: boolean;
  @Field(() => ID, { nullable: true }) locationId?: string;
  @Field(() => String, { nullable: true, description: 'Part of the name or asset code.' }) search?: string;
}

@ArgsType()
export class OverdueSpecialEquipmentArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) campusId?: string;
}
