import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';

@InputType()
export class CreateBuildingInput {
  @Field(() => ID, { nullable: true, description: 'Keep an existing id (HIS import); group admins only.' }) id?: string | null;
  @Field(() => ID) campusId!: string;
  @Field(() => String, { description: 'Unique on the campus, e.g. ZY1.' }) code!: string;
  @Field(() => String) name!: string;
}

@InputType()
export class CreateFloorInput {
  @Field(() => ID, { nullable: true, description: 'Keep an existing id (HIS import); group admins only.' }) id?: string | null;
  @Field(() => ID) buildingId!: string;
  @Field(() => Int, { description: 'Storey number, unique in the building; negative below ground.' }) level!: number;
  @Field(() => String, { description: 'e.g. 5F, B1.' }) name!: string;
}

@InputType({ description: 'Absent fields stay as they are. The campus is fixed.' })
export class UpdateBuildingInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
}

@InputType({ description: 'Absent fields stay as they are. Building and level are fixed.' })
export class UpdateFloorInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
}

@ArgsType()
export class BuildingsArgs extends PageArgs {
  @Field(() => ID) campusId!: string;
}

@ArgsType()
export class FloorsArgs extends PageArgs {
  @Field(() => ID) buildingId!: string;
}
