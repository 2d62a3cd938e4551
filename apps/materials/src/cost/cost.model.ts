import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { DepartmentRef } from '@houqin/platform-entity-refs';

@ObjectType({ description: "科室物资成本: a department's stock charges in a month for one catalogue category, net of returns." })
export class DepartmentMaterialsCost {
  @Field(() => ID) campusId!: string;
  @Field(() => DepartmentRef) department!: DepartmentRef;
  @Field(() => String, { description: "The department's cost centre (成本中心), as finance books it." }) costCentreCode!: string;
  @Field(() => String) category!: string;
  @Field(() => Float, { description: 'Issued at the cost of the lots drawn, in fen.' }) issuedFen!: number;
  @Field(() => Float, { description: 'Returned, credited at the same cost, in fen.' }) returnedFen!: number;
  @Field(() => Float, { description: 'issuedFen − returnedFen.' }) netFen!: number;
}
