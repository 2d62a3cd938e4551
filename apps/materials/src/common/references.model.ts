import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** The org subgraph's campus, referenced by key only. */
@ObjectType('Campus')
@Directive('@key(fields: "id", resolvable: false)')
export class CampusRef {
  @Field(() => ID) id!: string;
}

/** The org subgraph's department (cost centre), referenced by key only. */
@ObjectType('Department')
@Directive('@key(fields: "id", resolvable: false)')
export class DepartmentRef {
  @Field(() => ID) id!: string;
}
