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

@ArgsType()
export class BuildingsArgs extends PageArgs {
  @Field(() => ID) campusId!: string;
}

@ArgsType()
export class FloorsArgs extends PageArgs {
  @Field(() => ID) buildingId!: string;
}
