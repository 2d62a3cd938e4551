import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';

@ArgsType()
export class MyNotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only those not yet read.' }) unreadOnly?: boolean | null;
}
