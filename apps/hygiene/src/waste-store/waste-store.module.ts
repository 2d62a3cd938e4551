import { Module } from '@nestjs/common';
import { InpatientStayModule } from '../inpatient-stay/inpatient-stay.module';
import { WasteKpiQuery } from './waste-kpi.query';
import { WasteStoreResolver } from './waste-store.resolver';
import { WasteStoreLedgerQuery } from './waste-store-ledger.query';

/** 暂存间台账 and the waste KPIs: reads across collections and transfers. */
@Module({ imports: [InpatientStayModule], providers: [WasteStoreResolver, WasteStoreLedgerQuery, WasteKpiQuery] })
export class WasteStoreModule {}
