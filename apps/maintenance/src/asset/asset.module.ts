import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { AssetResolver } from './asset.resolver';
import { AssetRepository } from './asset.repository';
import { RegisterAsset } from './register-asset.use-case';
import { UpdateAsset } from './update-asset.use-case';
import { ChangeAssetStatus } from './change-asset-status.use-case';
import { RecordInspectionCertificate } from './record-inspection-certificate.use-case';
import { CertificateAlertJob } from './certificate-alert.job';
import { WorkOrderAssetResolver } from './work-order-asset.resolver';

@Module({
  imports: [OrgReplicaModule],
  providers: [
    AssetResolver,
    WorkOrderAssetResolver,
    AssetRepository,
    RegisterAsset,
    UpdateAsset,
    ChangeAssetStatus,
    RecordInspectionCertificate,
    CertificateAlertJob,
  ],
  exports: [AssetRepository],
})
export class AssetModule {}
