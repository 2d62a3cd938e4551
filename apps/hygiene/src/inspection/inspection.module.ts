import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { InspectionRepository } from './inspection.repository';
import { InspectionResolver } from './inspection.resolver';
import { MonthlyInspectionScoresQuery } from './monthly-inspection-scores.query';
import { RecordInspection } from './record-inspection.use-case';
import { SetInspectionSheet } from './set-inspection-sheet.use-case';

/** 卫生检查: score sheets per zone kind, inspections with ATP and fluorescent-marker spot checks, monthly scores. */
@Module({
  imports: [OrgReplicaModule],
  providers: [InspectionResolver, InspectionRepository, MonthlyInspectionScoresQuery, RecordInspection, SetInspectionSheet],
})
export class InspectionModule {}
