import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { Identity } from '@houqin/platform-auth';
import { requireCampusInScope } from '@houqin/platform-database';
import { CurrentIdentity, Page, PageArgs, Roles } from '@houqin/platform-graphql';
import { STOCK_READERS } from '../materials.roles';
import { ExpiringLot, ExpiringLotConnection } from './expiring-lot.model';
import { ExpiringLotsQuery } from './expiring-lots.query';
import { requireExpiryWindow } from './lot-expiry';

@Resolver()
export class ExpiryResolver {
  constructor(private readonly expiringLotsQuery: ExpiringLotsQuery) {}

  @Query(() => ExpiringLotConnection, {
    description: '近效期: lots with stock expiring within withinDays (1 to 365) and those already expired, soonest expiry first.',
  })
  @Roles(...STOCK_READERS)
  expiringLots(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('withinDays', { type: () => Int }) withinDays: number,
    @Args('campusId', { type: () => ID, nullable: true, description: 'Default: every campus the caller may see.' }) campusId?: string | null,
  ): Promise<Page<ExpiringLot>> {
    const filter = { withinDays: requireExpiryWindow('withinDays', withinDays), campusId: campusId ? requireCampusInScope(identity, campusId) : null };
    return this.expiringLotsQuery.page(identity, filter, page, new Date());
  }
}
