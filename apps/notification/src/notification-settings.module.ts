import { Global, Module } from '@nestjs/common';
import { loadNotificationSettings, NOTIFICATION_SETTINGS } from './notification-settings';

/** The service's settings for every feature module; read once, at start-up, where a wrong one stops the service. */
@Global()
@Module({ providers: [{ provide: NOTIFICATION_SETTINGS, useFactory: () => loadNotificationSettings() }], exports: [NOTIFICATION_SETTINGS] })
export class NotificationSettingsModule {}
