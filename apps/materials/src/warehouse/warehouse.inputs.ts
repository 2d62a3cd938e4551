import { Field, ID, InputType } from '@nestjs/graphql';
import { WarehouseKind } from './warehouse-kind';

@InputType()
export class CreateWarehouseInput {
  @Field(() => ID, { nullable: true, description: 'Chosen id (group admins only), for imports and demo data.' }) id?: string | null;
  @Field(() => ID) campusId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => WarehouseKind, { nullable: true, description: 'Default CENTRAL; a campus has one central store.' }) kind?: WarehouseKind | null;
}
