import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/*
 * The shared federation entities as other subgraphs reference them: key only, not resolvable there; the
 * gateway fetches their fields from the owner. One definition for every service that points at them. The
 * owning service defines the real type and never imports its stub from here.
 */

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

/** A reference by key, or null when there is none. */
export const ref = <T extends { id: string }>(id: string | null): T | null => (id ? ({ id } as T) : null);
