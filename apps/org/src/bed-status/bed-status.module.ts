import { Module } from '@nestjs/common';
import { DirectoryCommonModule } from '../common/directory-common.module';
import { BedBoard } from './bed-board';
import { BedCleanedHandler } from './bed-cleaned.handler';
import { BedStatusRepository } from './bed-status.repository';
import { BedStatusResolver } from './bed-status.resolver';
import { ENCOUNTER_BED_HANDLERS } from './encounter-bed.handler';
import { SetBedStatus } from './set-bed-status.use-case';

@Module({
  imports: [DirectoryCommonModule],
  providers: [BedStatusResolver, BedStatusRepository, BedBoard, SetBedStatus, BedCleanedHandler, ...ENCOUNTER_BED_HANDLERS],
})
export class BedStatusModule {}
