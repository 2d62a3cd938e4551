import { Module } from '@nestjs/common';
import { INPATIENT_STAY_HANDLERS } from './inpatient-stay.handler';
import { OccupiedBedDaysQuery } from './occupied-bed-days.query';

/** The inpatient census from the HIS feed: stays kept from his.encounter events, counted as occupied bed-days. */
@Module({ providers: [...INPATIENT_STAY_HANDLERS, OccupiedBedDaysQuery], exports: [OccupiedBedDaysQuery] })
export class InpatientStayModule {}
