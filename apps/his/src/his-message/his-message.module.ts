import { Module } from '@nestjs/common';
import { HisMessageRepository } from './his-message.repository';
import { HisMessageResolver } from './his-message.resolver';
import { MllpListener } from './mllp.listener';
import { ReceiveHl7Message } from './receive-hl7-message.use-case';

@Module({ providers: [HisMessageResolver, HisMessageRepository, ReceiveHl7Message, MllpListener] })
export class HisMessageModule {}
