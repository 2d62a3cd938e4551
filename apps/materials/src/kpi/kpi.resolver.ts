import { MaterialsRole } from '@houqin/contracts';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@houqin/platform-auth';
import type { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Roles } from '@houqin/platform-graphql';
import { CampusMaterialsKpis } from './campus-materials-kpis.model';
import { MAX_TREND_MONTHS } from './kpi-months';
import { MaterialsKpisQuery } from './materials-kpis.query';

/** The group and analysts across campuses; campus admins and the materials office (物资科) their own campuses. */
const KPI_READERS = [Role.GROUP_ADMIN, Role.ANALYST, Role.CAMPUS_ADMIN, MaterialsRole.MATERIALS_MANAGER];

@Resolver(() => CampusMaterialsKpis)
export class KpiResolver {
  constructor(private readonly kpis: MaterialsKpisQuery) {}

  @Query(() => [CampusMaterialsKpis], {
    description:
      '物资指标: one row per campus for a month — the campuses named (each must be one of the caller’s: else FORBIDDEN), else every campus with a warehouse the caller sees. Each family of figures costs one statement for all campuses.',
  })
  @Roles(...KPI_READERS)
  materialsKpis(
    @CurrentIdentity() identity: Identity,
    @Args('month', { type: () => String, description: 'YYYY-MM, Beijing calendar (else INVALID_MONTH).' }) month: string,
    @Args('campusIds', { type: () => [ID], nullable: true }) campusIds?: string[] | null,
  ): Promise<CampusMaterialsKpis[]> {
    return this.kpis.forMonth(identity, month, campusIds);
  }

  @Query(() => [CampusMaterialsKpis], {
    description: `物资指标趋势: one campus month by month, oldest first, from fromMonth to toMonth (both included, at most ${MAX_TREND_MONTHS} months).`,
  })
  @Roles(...KPI_READERS)
  materialsKpiTrend(
    @CurrentIdentity() identity: Identity,
    @Args('campusId', { type: () => ID }) campusId: string,
    @Args('fromMonth', { type: () => String, description: 'YYYY-MM, Beijing calendar.' }) fromMonth: string,
    @Args('toMonth', { type: () => String, description: 'YYYY-MM, Beijing calendar; not before fromMonth.' }) toMonth: string,
  ): Promise<CampusMaterialsKpis[]> {
    return this.kpis.trend(identity, campusId, fromMonth, toMonth);
  }
}
