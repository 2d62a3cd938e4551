import { Field, ID, InputType } from '@nestjs/graphql';
import { ItemCategory } from './item';

@InputType()
export class CreateItemInput {
  @Field(() => ID, { nullable: true, description: 'Chosen id (group admins only), for imports and demo data.' }) id?: string | null;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String) unit!: string;
  @Field(() => ItemCategory) category!: ItemCategory;
  @Field(() => Boolean, { nullable: true, description: 'Lots carry an expiry date and issue first-expired-first-out (default false).' })
  tracksExpiry?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '领新交旧: requisitions issue a new unit only for an old one handed back (default false).' })
  durable?: boolean | null;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateItemInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'An empty string clears it.' }) nameEn?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => ItemCategory, { nullable: true }) category?: ItemCategory | null;
  @Field(() => Boolean, { nullable: true }) tracksExpiry?: boolean | null;
  @Field(() => Boolean, { nullable: true }) durable?: boolean | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}
