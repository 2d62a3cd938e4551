import { Global, Module } from '@nestjs/common';
import { HYGIENE_SETTINGS, loadHygieneSettings } from './hygiene-settings';

/** The service's settings for every feature module; read once, at start-up, where a wrong one stops the service. */
@Global()
@Module({ providers: [{ provide: HYGIENE_SETTINGS, useFactory: () => loadHygieneSettings() }], exports: [HYGIENE_SETTINGS] })
export class HygieneSettingsModule {}
