import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { CleaningTaskModule } from '../cleaning-task/cleaning-task.module';
import { CleanerRepository } from './cleaner.repository';
import { CleanerResolver } from './cleaner.resolver';
import { RecordCleanerTraining } from './record-cleaner-training.use-case';
import { RegisterCleaner } from './register-cleaner.use-case';
import { UpdateCleaner } from './update-cleaner.use-case';

@Module({ imports: [OrgReplicaModule, CleaningTaskModule], providers: [CleanerResolver, CleanerRepository, RegisterCleaner, UpdateCleaner, RecordCleanerTraining] })
export class CleanerModule {}
