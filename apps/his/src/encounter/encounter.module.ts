import { Module } from '@nestjs/common';
import { EncounterFeed } from './encounter-feed';

/** Encounters: accepted ADT events replayed into each visit's state, its changes announced on his.encounter.v1. */
@Module({ providers: [EncounterFeed], exports: [EncounterFeed] })
export class EncounterModule {}
