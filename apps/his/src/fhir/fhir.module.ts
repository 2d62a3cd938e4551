import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { EncounterModule } from '../encounter/encounter.module';
import { HisPlaceModule } from '../his-place/his-place.module';
import { FhirBodyMiddleware } from './fhir-body.middleware';
import { FhirCallerGuard } from './fhir-caller.guard';
import { FhirController } from './fhir.controller';
import { FhirIntake } from './fhir-intake';
import { FhirReception } from './fhir-reception';
import { ReceiveFhirEncounter } from './receive-fhir-encounter.use-case';
import { ReceiveFhirNotification } from './receive-fhir-notification.use-case';
import { ReceiveFhirTransaction } from './receive-fhir-transaction.use-case';

/** FHIR R4 in (docs/his-interface.md). Exports FhirIntake for retries from the review queue. */
@Module({
  imports: [HisPlaceModule, EncounterModule],
  controllers: [FhirController],
  providers: [FhirCallerGuard, FhirIntake, FhirReception, ReceiveFhirEncounter, ReceiveFhirTransaction, ReceiveFhirNotification],
  exports: [FhirIntake],
})
export class FhirModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(FhirBodyMiddleware).forRoutes(FhirController);
  }
}
