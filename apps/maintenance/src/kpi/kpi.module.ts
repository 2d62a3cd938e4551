import { Module } from '@nestjs/common';
import { KpiResolver } from './kpi.resolver';
import { MaintenanceKpiQuery } from './maintenance-kpi.query';

/** 维修 KPIs over GraphQL, computed in SQL. */
@Module({ providers: [KpiResolver, MaintenanceKpiQuery] })
export class KpiModule {}
