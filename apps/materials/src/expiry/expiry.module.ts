import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { ExpiringLotsQuery } from './expiring-lots.query';
import { ExpiryAlertJob } from './expiry-alert.job';
import { ExpiryResolver } from './expiry.resolver';

@Module({
  imports: [CatalogueModule],
  providers: [ExpiryAlertJob, ExpiringLotsQuery, ExpiryResolver],
})
export class ExpiryModule {}
