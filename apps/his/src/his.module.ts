import { Module } from '@nestjs/common';
import { PlatformModule } from '@houqin/platform-service';
import { hisDefinition } from './his.definition';
import { HisMessageModule } from './his-message/his-message.module';
import { HisSettingsModule } from './his-settings.module';

@Module({ imports: [PlatformModule.forService(hisDefinition), HisSettingsModule, HisMessageModule] })
export class HisModule {}
