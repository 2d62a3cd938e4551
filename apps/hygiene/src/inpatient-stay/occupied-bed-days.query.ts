import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InpatientStayRow } from './inpatient-stay.entity';
import { occupiedBedDays } from './occupied-bed-days';

/** Occupied bed-days per campus for a period, from the stays the HIS feed announced (occupied-bed-days.ts counts). */
@Injectable()
export class OccupiedBedDaysQuery {
  constructor(private readonly dataSource: DataSource) {}

  async perCampus(campusIds: readonly string[] | null, period: { from: Date; to: Date }, now: Date): Promise<Map<string, number>> {
    // The stays the period's census can see: admitted before its end and not discharged before its start.
    const query = this.dataSource
      .getRepository(InpatientStayRow)
      .createQueryBuilder('stay')
      .where('stay.admittedAt < :to AND (stay.dischargedAt IS NULL OR stay.dischargedAt >= :from)', period);
    if (campusIds) query.andWhere('stay.campusId = ANY(:campusIds)', { campusIds });
    const stays = await query.getMany();
    const days = new Map<string, number>();
    for (const campusId of new Set(stays.map((stay) => stay.campusId))) {
      days.set(
        campusId,
        occupiedBedDays(
          stays.filter((stay) => stay.campusId === campusId),
          period,
          now,
        ),
      );
    }
    return days;
  }
}
