import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Roles } from '@houqin/platform-graphql';
import { DataSource } from 'typeorm';
import { DeliveryPreferences } from '../channel/delivery-preferences';
import { QuietHours } from '../channel/quiet-hours';
import { NOTIFICATION_SETTINGS, NotificationSettings } from '../notification-settings';
import { NOTIFICATION_READERS } from '../notification.roles';
import { RecipientDirectory } from './recipient-directory';
import { RecipientRow } from './recipient.entity';
import { QUIET_HOURS_OFF } from './recipient-preferences';
import { NotificationPreferences, SetNotificationPreferencesInput } from './preferences.model';
import { SetNotificationPreferences } from './set-notification-preferences.use-case';

const toPreferences = (row: RecipientRow, defaultQuietHours: QuietHours): NotificationPreferences =>
  Object.assign(new NotificationPreferences(), {
    channels: (row.channels ?? DeliveryPreferences.DEFAULT.choices).filter((c) => c.channel !== 'WECOM_ROBOT'),
    quietHours: row.quietHours === QUIET_HOURS_OFF ? null : (row.quietHours ?? `${defaultQuietHours.start}-${defaultQuietHours.end}`),
    wecomUserId: row.wecomUserId,
    mobile: row.mobile,
    email: row.email,
    language: row.language,
  });

/** The caller's own notification settings; nobody reads or sets another's. */
@Resolver(() => NotificationPreferences)
export class PreferencesResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: RecipientDirectory,
    private readonly setPreferences: SetNotificationPreferences,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {}

  @Query(() => NotificationPreferences)
  @Roles(...NOTIFICATION_READERS)
  async myNotificationPreferences(@CurrentIdentity() identity: Identity): Promise<NotificationPreferences> {
    const key = await this.directory.remember(identity);
    return toPreferences(await this.dataSource.getRepository(RecipientRow).findOneByOrFail({ key }), this.settings.channels.quietHours);
  }

  @Mutation(() => NotificationPreferences, { description: '通知设置' })
  @Roles(...NOTIFICATION_READERS)
  async setMyNotificationPreferences(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: SetNotificationPreferencesInput,
  ): Promise<NotificationPreferences> {
    return toPreferences(await this.setPreferences.execute(identity, input), this.settings.channels.quietHours);
  }
}
