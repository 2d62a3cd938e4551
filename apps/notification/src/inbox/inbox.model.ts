import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { InboxRow } from './inbox.entity';

/** The contract with clients: fields are added, never renamed or removed, whatever happens to the table. */
@ObjectType({ description: 'A inbox of one campus.' })
@Directive('@key(fields: "id")')
export class Inbox {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => String) name!: string;
  @Field(() => Date) createdAt!: Date;
}

export const InboxConnection = Connection(Inbox, 'Inbox');

export function toInbox(row: InboxRow): Inbox {
  return Object.assign(new Inbox(), { id: row.id, campusId: row.campusId, name: row.name, createdAt: row.createdAt });
}
