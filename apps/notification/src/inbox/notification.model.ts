import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import type { Severity } from '../channel/outbound-channel';
import { NotificationRow } from './notification.entity';

export enum NotificationSeverity {
  INFO = 'INFO',
  WARNING = 'WARNING',
  URGENT = 'URGENT',
}
registerEnumType(NotificationSeverity, { name: 'NotificationSeverity', description: '通知级别: only URGENT breaks quiet hours.' });

/** The contract with clients: an alert in the caller's inbox, in both languages. */
@ObjectType({ description: '站内通知: an alert in the caller’s inbox.' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'What kind of alert (SLA_ESCALATED, LOT_EXPIRING, ...): docs/notifications.md.' }) alert!: string;
  @Field(() => NotificationSeverity) severity!: NotificationSeverity;
  @Field(() => String) title!: string;
  @Field(() => String) body!: string;
  @Field(() => String) titleEn!: string;
  @Field(() => String) bodyEn!: string;
  @Field(() => String, { description: 'The console page of what it is about.' }) link!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => Boolean, { description: 'Reached the caller because nobody acknowledged it in time (升级).' }) escalated!: boolean;
}

export const NotificationConnection = Connection(Notification, 'Notification');

@ObjectType({ description: 'Counts of the caller’s inbox.' })
export class InboxCounts {
  @Field(() => Int) unread!: number;
  @Field(() => Int, { description: 'Not yet acknowledged (确认), read or not.' }) unacknowledged!: number;
}

export const toNotification = (row: NotificationRow): Notification =>
  Object.assign(new Notification(), {
    id: row.id,
    alert: row.alert,
    severity: row.severity as Severity as NotificationSeverity,
    title: row.titleZh,
    body: row.bodyZh,
    titleEn: row.titleEn,
    bodyEn: row.bodyEn,
    link: row.link,
    campusId: row.campusId,
    createdAt: row.createdAt,
    readAt: row.readAt,
    acknowledgedAt: row.acknowledgedAt,
    escalated: row.escalatedFromId !== null,
  });
