import { Global, Module } from '@nestjs/common';
import { HIS_SETTINGS, loadHisSettings } from './his-settings';

/** The feed's settings for every feature module; read once, at start-up, where a wrong one stops the service. */
@Global()
@Module({ providers: [{ provide: HIS_SETTINGS, useFactory: () => loadHisSettings() }], exports: [HIS_SETTINGS] })
export class HisSettingsModule {}
