import { Module } from '@nestjs/common';
import { KpiResolver } from './kpi.resolver';
import { MaintenanceKpiReport } from './maintenance-kpi.report';

/** 维修 KPIs over GraphQL, computed in SQL. */
@Module({ providers: [KpiResolver, MaintenanceKpiReport] })
export class KpiModule {}
