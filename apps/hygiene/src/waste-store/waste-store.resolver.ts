import { Args, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Roles } from '@houqin/platform-graphql';
import { HYGIENE_READERS } from '../hygiene.roles';
import { WasteKpiQuery } from './waste-kpi.query';
import { WasteKpiArgs, WasteStoreLedgerArgs } from './waste-store.inputs';
import { WasteMonthFigures, WasteStoreLedger } from './waste-store.model';
import { WasteStoreLedgerQuery } from './waste-store-ledger.query';

@Resolver()
export class WasteStoreResolver {
  constructor(
    private readonly ledger: WasteStoreLedgerQuery,
    private readonly kpis: WasteKpiQuery,
  ) {}

  @Query(() => WasteStoreLedger, { description: '暂存间台账: what was in the campus’s temporary store at a moment, by category, with ages.' })
  @Roles(...HYGIENE_READERS)
  wasteStoreLedger(@CurrentIdentity() identity: Identity, @Args() args: WasteStoreLedgerArgs): Promise<WasteStoreLedger> {
    return this.ledger.compute(identity, args);
  }

  @Query(() => [WasteMonthFigures], {
    description: 'Medical waste per campus in a Beijing month: kg by category, overdue storage, transfers and discrepancies.',
  })
  @Roles(...HYGIENE_READERS)
  wasteKpis(@CurrentIdentity() identity: Identity, @Args() args: WasteKpiArgs): Promise<WasteMonthFigures[]> {
    return this.kpis.compute(identity, args);
  }
}
