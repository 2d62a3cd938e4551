import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { DirectoryPageArgs } from '../common/directory-args';

@InputType()
export class CreateDepartmentInput {
  @Field(() => ID, { nullable: true, description: 'Keep an existing id (HIS import); group admins only.' }) id?: string | null;
  @Field(() => ID) campusId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { description: '成本中心编码' }) costCentreCode!: string;
  @Field(() => String, { nullable: true, description: 'HIS 科室编码' }) hisCode?: string | null;
}

@InputType({ description: 'Absent fields stay as they are; null clears an optional one; `active: false` deactivates.' })
export class UpdateDepartmentInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { nullable: true }) costCentreCode?: string | null;
  @Field(() => String, { nullable: true }) hisCode?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@ArgsType()
export class DepartmentsArgs extends DirectoryPageArgs {
  @Field(() => ID, { nullable: true }) campusId?: string | null;
}
