import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'Names the group (one record; created on first use).' })
export class UpdateHospitalGroupInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
}

@InputType()
export class CreateCampusInput {
  @Field(() => ID, { nullable: true, description: 'Keep an existing id (HIS import); group admins only. Generated when absent.' }) id?: string | null;
  @Field(() => String, { description: 'Unique short code, e.g. EAST.' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
}

@InputType({ description: 'Absent fields stay as they are; `active: false` deactivates (nothing is deleted).' })
export class UpdateCampusInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}
