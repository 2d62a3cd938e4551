import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateWarehouseInput {
  @Field(() => ID, { nullable: true, description: 'Chosen id (group admins only), for imports and demo data.' }) id?: string | null;
  @Field(() => ID) campusId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}
