import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { DirectoryPageArgs } from '../common/directory-args';
import { LocationKind } from './location-hierarchy';

@InputType()
export class CreateLocationInput {
  @Field(() => ID, { nullable: true, description: 'Keep an existing id (HIS import); group admins only.' }) id?: string | null;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) buildingId!: string;
  @Field(() => ID, { nullable: true }) floorId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Required for a bed (its ward or room).' }) parentId?: string | null;
  @Field(() => ID, { nullable: true, description: "Owning department; a room or bed without one takes its parent's." }) departmentId?: string | null;
  @Field(() => LocationKind) kind!: LocationKind;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'HIS 编码 at its own level (PV1-3 ward, room or bed)' }) hisCode?: string | null;
}

@InputType({ description: 'Absent fields stay as they are; null clears an optional one; `active: false` deactivates. Kind, campus and building are fixed.' })
export class UpdateLocationInput {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) floorId?: string | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) hisCode?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@ArgsType()
export class LocationsArgs extends DirectoryPageArgs {
  @Field(() => ID) campusId!: string;
  @Field(() => LocationKind, { nullable: true }) kind?: LocationKind | null;
  @Field(() => ID, { nullable: true, description: 'Children of this location (the beds of a ward).' }) parentId?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the name or code.' }) search?: string | null;
}
