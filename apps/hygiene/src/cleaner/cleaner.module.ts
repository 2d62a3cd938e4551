import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { CleanerRepository } from './cleaner.repository';
import { CleanerResolver } from './cleaner.resolver';
import { RecordCleanerTraining } from './record-cleaner-training.use-case';
import { RegisterCleaner } from './register-cleaner.use-case';
import { UpdateCleaner } from './update-cleaner.use-case';

@Module({ imports: [OrgReplicaModule], providers: [CleanerResolver, CleanerRepository, RegisterCleaner, UpdateCleaner, RecordCleanerTraining] })
export class CleanerModule {}
