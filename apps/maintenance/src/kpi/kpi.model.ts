import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CampusRef, ref, TeamRef } from '@houqin/platform-entity-refs';
import { MaintenanceGrouping } from './kpi.inputs';
import { BacklogFigures, MaintenanceKpiFigures } from './maintenance-kpi.query';

/** met / (met + breached) to 4 places; null while nothing is decided. */
const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : null);

/** The row's key as the references it stands for (a campus or a team), so clients can ask for names. */
const keyRefs = (key: string | null, grouping: MaintenanceGrouping) => ({
  campus: grouping === MaintenanceGrouping.CAMPUS ? ref<CampusRef>(key) : null,
  team: grouping === MaintenanceGrouping.TEAM ? ref<TeamRef>(key) : null,
});

@ObjectType({ description: 'SLA compliance of one campus, team, category or month. Rates are met / (met + breached); null when nothing is decided yet.' })
export class SlaComplianceRow {
  @Field(() => String, { nullable: true, description: 'Campus or team id, category or YYYY-MM (Asia/Shanghai); null = no team assigned.' }) key!: string | null;
  @Field(() => CampusRef, { nullable: true, description: 'The campus, when grouped by campus.' }) campus!: CampusRef | null;
  @Field(() => TeamRef, { nullable: true, description: 'The team, when grouped by team.' }) team!: TeamRef | null;
  @Field(() => Int) orders!: number;
  @Field(() => Int) responseMet!: number;
  @Field(() => Int) responseBreached!: number;
  @Field(() => Int) resolutionMet!: number;
  @Field(() => Int) resolutionBreached!: number;
  @Field(() => Float, { nullable: true }) responseCompliance!: number | null;
  @Field(() => Float, { nullable: true }) resolutionCompliance!: number | null;
}

@ObjectType({ description: '维修 KPI of one campus, team, category or month, over the orders submitted in the period.' })
export class MaintenanceKpiRow extends SlaComplianceRow {
  @Field(() => Float, { nullable: true, description: 'Submitted → accepted, minutes (mean).' }) averageResponseMinutes!: number | null;
  @Field(() => Float, { nullable: true, description: 'Submitted → accepted, minutes (median).' }) medianResponseMinutes!: number | null;
  @Field(() => Float, { nullable: true, description: 'MTTR: submitted → completed, minutes, without the time the clock stood paused.' })
  averageRepairMinutes!: number | null;
  @Field(() => Float, { nullable: true, description: 'Submitted → closed (闭环), minutes.' }) averageCloseMinutes!: number | null;
  @Field(() => Int, { description: 'Orders completed at least once.' }) completed!: number;
  @Field(() => Float, { nullable: true, description: 'First-time fix: completed once and never reopened, of those completed.' }) firstTimeFixRate!:
    number | null;
  @Field(() => Float, { nullable: true, description: '返修率: reopened after completion, of those completed.' }) reopenRate!: number | null;
}

@ObjectType({ description: '积压: open orders of one campus, team, category or submission month, by age.' })
export class MaintenanceBacklogRow {
  @Field(() => String, { nullable: true }) key!: string | null;
  @Field(() => CampusRef, { nullable: true }) campus!: CampusRef | null;
  @Field(() => TeamRef, { nullable: true }) team!: TeamRef | null;
  @Field(() => Int) open!: number;
  @Field(() => Float, { nullable: true }) averageAgeHours!: number | null;
  @Field(() => Float, { nullable: true }) oldestAgeHours!: number | null;
  @Field(() => Int, { description: 'Open for more than 24 hours.' }) olderThanADay!: number;
}

export const toSlaComplianceRow = (f: MaintenanceKpiFigures, grouping: MaintenanceGrouping): SlaComplianceRow => ({
  key: f.key,
  ...keyRefs(f.key, grouping),
  orders: f.orders,
  responseMet: f.responseMet,
  responseBreached: f.responseBreached,
  resolutionMet: f.resolutionMet,
  resolutionBreached: f.resolutionBreached,
  responseCompliance: rate(f.responseMet, f.responseMet + f.responseBreached),
  resolutionCompliance: rate(f.resolutionMet, f.resolutionMet + f.resolutionBreached),
});

export const toMaintenanceKpiRow = (f: MaintenanceKpiFigures, grouping: MaintenanceGrouping): MaintenanceKpiRow => ({
  ...toSlaComplianceRow(f, grouping),
  averageResponseMinutes: f.averageResponseMinutes,
  medianResponseMinutes: f.medianResponseMinutes,
  averageRepairMinutes: f.averageRepairMinutes,
  averageCloseMinutes: f.averageCloseMinutes,
  completed: f.completed,
  firstTimeFixRate: rate(f.fixedFirstTime, f.completed),
  reopenRate: rate(f.reopened, f.completed),
});

export const toBacklogRow = (f: BacklogFigures, grouping: MaintenanceGrouping): MaintenanceBacklogRow => ({ ...f, ...keyRefs(f.key, grouping) });
