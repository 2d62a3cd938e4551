import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { NotificationRow } from './notification.entity';

/** The contract with clients: fields are added, never renamed or removed, whatever happens to the table. */
@ObjectType({ description: 'A notification of one campus.' })
@Directive('@key(fields: "id")')
export class Notification {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => String) name!: string;
  @Field(() => Date) createdAt!: Date;
}

export const NotificationConnection = Connection(Notification, 'Notification');

export function toNotification(row: NotificationRow): Notification {
  return Object.assign(new Notification(), { id: row.id, campusId: row.campusId, name: row.name, createdAt: row.createdAt });
}
