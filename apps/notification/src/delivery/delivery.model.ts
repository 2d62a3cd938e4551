import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, PageArgs } from '@houqin/platform-graphql';
import { DeliveryStatus } from './delivery-plan';

registerEnumType(DeliveryStatus, {
  name: 'NotificationDeliveryStatus',
  description: 'PENDING: due at nextAttemptAt; DELIVERED; SKIPPED: wanted but unusable (see lastError); DEAD: gave up, an admin may resend.',
});

@ObjectType({ description: 'One attempt in the delivery log, with what the provider answered.' })
export class NotificationDeliveryAttempt {
  @Field(() => Int, { description: 'Counted from 1 after each (re)send; 0 marks a resend.' }) attempt!: number;
  @Field(() => Date) attemptedAt!: Date;
  @Field(() => String, { description: 'DELIVERED, RETRYABLE, PERMANENT, or RESENT (by resentBy)' }) outcome!: string;
  @Field(() => String, { nullable: true, description: 'The provider’s message id or error text.' }) detail!: string | null;
  @Field(() => String, { nullable: true, description: 'Who resent the delivery before this attempt.' }) resentBy!: string | null;
}

@ObjectType({ description: '外发记录: one notification on one outbound channel (WeCom, SMS, e-mail).' })
export class NotificationDelivery {
  @Field(() => ID) id!: string;
  @Field(() => String) channel!: string;
  @Field(() => DeliveryStatus) status!: DeliveryStatus;
  @Field(() => Int) attempts!: number;
  @Field(() => Date, { nullable: true }) nextAttemptAt!: Date | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => ID) campusId!: string;
  @Field(() => String) recipientName!: string;
  @Field(() => String) alert!: string;
  @Field(() => String) title!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => [NotificationDeliveryAttempt]) log!: NotificationDeliveryAttempt[];
}

export const NotificationDeliveryConnection = Connection(NotificationDelivery, 'NotificationDelivery');

@ArgsType()
export class NotificationDeliveriesArgs extends PageArgs {
  @Field(() => DeliveryStatus, { nullable: true, description: 'DEAD: the dead-letter list.' }) status?: DeliveryStatus | null;
  @Field(() => ID, { nullable: true }) campusId?: string | null;
}
