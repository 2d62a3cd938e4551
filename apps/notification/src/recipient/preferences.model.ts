import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationSeverity } from '../inbox/notification.model';

export enum NotificationChannel {
  WECOM_APP = 'WECOM_APP',
  SMS = 'SMS',
  EMAIL = 'EMAIL',
}
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: 'Outbound channels a person may choose; the in-app inbox always gets every alert.',
});

@ObjectType('NotificationChannelChoice')
export class ChannelChoiceModel {
  @Field(() => NotificationChannel) channel!: NotificationChannel;
  @Field(() => NotificationSeverity, { description: 'The least severity that goes out on this channel.' }) minimumSeverity!: NotificationSeverity;
}

@ObjectType({ description: '通知设置: how alerts reach the caller besides the inbox.' })
export class NotificationPreferences {
  @Field(() => [ChannelChoiceModel], { description: 'Without a choice of one’s own: WeCom for everything, SMS when urgent.' }) channels!: ChannelChoiceModel[];
  @Field(() => String, { nullable: true, description: 'HH:MM-HH:MM Beijing time when only URGENT goes out at once (default 22:00-07:00); null: none.' })
  quietHours!: string | null;
  @Field(() => String, { nullable: true }) wecomUserId!: string | null;
  @Field(() => String, { nullable: true }) mobile!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { description: 'zh-CN or en: the language of outbound messages.' }) language!: string;
}

@InputType('NotificationChannelChoiceInput')
export class ChannelChoiceInput {
  @Field(() => NotificationChannel) channel!: NotificationChannel;
  @Field(() => NotificationSeverity) minimumSeverity!: NotificationSeverity;
}

@InputType({ description: 'Replaces the caller’s notification settings.' })
export class SetNotificationPreferencesInput {
  @Field(() => [ChannelChoiceInput]) channels!: ChannelChoiceInput[];
  @Field(() => String, { nullable: true, description: 'HH:MM-HH:MM (Beijing time), or null for none.' }) quietHours?: string | null;
  @Field(() => String, { nullable: true, description: '企业微信 userid' }) wecomUserId?: string | null;
  @Field(() => String, { nullable: true, description: 'Mainland mobile number, 11 digits.' }) mobile?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'zh-CN (default) or en.' }) language?: string | null;
}
