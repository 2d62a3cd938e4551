import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/* Entities owned by other subgraphs, referenced here by key only; the gateway fetches their fields. */

@ObjectType('Campus')
@Directive('@key(fields: "id", resolvable: false)')
export class CampusRef {
  @Field(() => ID) id!: string;
}

@ObjectType('Location')
@Directive('@key(fields: "id", resolvable: false)')
export class LocationRef {
  @Field(() => ID) id!: string;
}

@ObjectType('Department')
@Directive('@key(fields: "id", resolvable: false)')
export class DepartmentRef {
  @Field(() => ID) id!: string;
}

@ObjectType('Team')
@Directive('@key(fields: "id", resolvable: false)')
export class TeamRef {
  @Field(() => ID) id!: string;
}

@ObjectType('Staff')
@Directive('@key(fields: "id", resolvable: false)')
export class StaffRef {
  @Field(() => ID) id!: string;
}

@ObjectType('Item')
@Directive('@key(fields: "id", resolvable: false)')
export class ItemRef {
  @Field(() => ID) id!: string;
}

export const ref = <T extends { id: string }>(id: string | null): T | null => (id ? ({ id } as T) : null);
