import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { AssetModule } from '../asset/asset.module';
import { WorkOrderModule } from '../work-order/work-order.module';
import { CompleteInspectionRound } from './complete-inspection-round.use-case';
import { DeactivateInspectionRoute } from './deactivate-inspection-route.use-case';
import { DefineInspectionRoute } from './define-inspection-route.use-case';
import {
  InspectionCheckpointFieldsResolver,
  InspectionReadingFieldsResolver,
  InspectionRoundFieldsResolver,
  InspectionRouteFieldsResolver,
} from './inspection-fields.resolver';
import { InspectionRoundsJob } from './inspection-rounds.job';
import { InspectionRepository } from './inspection.repository';
import { InspectionResolver } from './inspection.resolver';
import { RecordCheckpointReading } from './record-checkpoint-reading.use-case';
import { RoundAccess } from './round-access';
import { StartInspectionRound } from './start-inspection-round.use-case';

/** 巡检 / 查房: routes with checkpoints, rounds scheduled per shift, readings, late and missed rounds. */
@Module({
  // Out-of-range readings open corrective orders through the work orders' intake (WorkOrderModule);
  // checkpoint assets resolve through the asset register's campus-scoped lookup (AssetModule).
  imports: [OrgReplicaModule, WorkOrderModule, AssetModule],
  providers: [
    InspectionResolver,
    InspectionRouteFieldsResolver,
    InspectionCheckpointFieldsResolver,
    InspectionRoundFieldsResolver,
    InspectionReadingFieldsResolver,
    InspectionRepository,
    RoundAccess,
    DefineInspectionRoute,
    DeactivateInspectionRoute,
    StartInspectionRound,
    RecordCheckpointReading,
    CompleteInspectionRound,
    InspectionRoundsJob,
  ],
})
export class InspectionModule {}
