import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { CloseLinenExchange } from './close-linen-exchange.use-case';
import { CollectDirtyLinen } from './collect-dirty-linen.use-case';
import { LinenExchangeRepository } from './linen-exchange.repository';
import { LinenExchangeResolver } from './linen-exchange.resolver';
import { LinenLossQuery } from './linen-loss.query';
import { ReturnCleanLinen } from './return-clean-linen.use-case';
import { SetLinenParLevel } from './set-linen-par-level.use-case';

@Module({
  imports: [OrgReplicaModule],
  providers: [LinenExchangeResolver, LinenExchangeRepository, LinenLossQuery, CollectDirtyLinen, ReturnCleanLinen, CloseLinenExchange, SetLinenParLevel],
})
export class LinenExchangeModule {}
