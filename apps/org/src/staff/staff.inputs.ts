import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { DirectoryPageArgs } from '../common/directory-args';

@InputType()
export class CreateStaffInput {
  @Field(() => ID, { nullable: true, description: 'Keep an existing id (HIS/HR import); group admins only.' }) id?: string | null;
  @Field(() => ID) campusId!: string;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => ID, { nullable: true }) teamId?: string | null;
  @Field(() => String, { description: '工号, unique in the group.' }) employeeNo!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) jobTitle?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType({ description: 'Absent fields stay as they are; null clears an optional one; `active: false` deactivates (离职).' })
export class UpdateStaffInput {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => ID, { nullable: true }) teamId?: string | null;
  @Field(() => String, { nullable: true }) employeeNo?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) jobTitle?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@ArgsType()
export class StaffMembersArgs extends DirectoryPageArgs {
  @Field(() => ID, { nullable: true }) campusId?: string | null;
  @Field(() => ID, { nullable: true }) teamId?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
}
