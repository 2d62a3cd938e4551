import { Module } from '@nestjs/common';
import { WasteKpiQuery } from './waste-kpi.query';
import { WasteStoreResolver } from './waste-store.resolver';
import { WasteStoreLedgerQuery } from './waste-store-ledger.query';

/** 暂存间台账 and the waste KPIs: reads across collections and transfers. */
@Module({ providers: [WasteStoreResolver, WasteStoreLedgerQuery, WasteKpiQuery] })
export class WasteStoreModule {}
