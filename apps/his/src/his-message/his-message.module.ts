import { Module } from '@nestjs/common';
import { EncounterModule } from '../encounter/encounter.module';
import { FhirModule } from '../fhir/fhir.module';
import { HisPlaceModule } from '../his-place/his-place.module';
import { HisMessageRepository } from './his-message.repository';
import { HisMessageResolver } from './his-message.resolver';
import { MllpListener } from './mllp.listener';
import { ReceiveHl7Message } from './receive-hl7-message.use-case';
import { RetryHisMessage } from './retry-his-message.use-case';

@Module({ imports: [HisPlaceModule, EncounterModule, FhirModule], providers: [HisMessageResolver, HisMessageRepository, ReceiveHl7Message, RetryHisMessage, MllpListener] })
export class HisMessageModule {}
