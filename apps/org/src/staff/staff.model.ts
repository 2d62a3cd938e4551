import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { Campus } from '../campus/campus.model';
import { Department } from '../department/department.model';
import { Team } from '../team/team.model';
import { StaffRow } from './staff.entity';

@ObjectType({ description: '职工: technicians, dispatchers, nurses, storekeepers... anyone who requests or does work.' })
@Directive('@key(fields: "id")')
export class Staff {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: '工号, unique in the group.' }) employeeNo!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: '职务, e.g. 维修技工, 护士.' }) jobTitle!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => Boolean) active!: boolean;
  @Field(() => Campus) campus!: Campus;
  @Field(() => Department, { nullable: true }) department!: Department | null;
  @Field(() => Team, { nullable: true }) team!: Team | null;
  campusId!: string;
  departmentId!: string | null;
  teamId!: string | null;
}

export const StaffConnection = Connection(Staff, 'Staff');

export function toStaff(row: StaffRow): Staff {
  return Object.assign(new Staff(), {
    id: row.id,
    employeeNo: row.employeeNo,
    name: row.name,
    jobTitle: row.jobTitle,
    phone: row.phone,
    active: row.active,
    campusId: row.campusId,
    departmentId: row.departmentId,
    teamId: row.teamId,
  });
}

@ObjectType({ description: 'A role the caller holds, with its names for the console.' })
export class CallerRole {
  @Field(() => String, { description: 'As tokens carry it, e.g. CAMPUS_ADMIN, STOREKEEPER.' }) name!: string;
  @Field(() => String) zh!: string;
  @Field(() => String) en!: string;
  @Field(() => Boolean, { description: 'Its reach is every campus of the group.' }) groupWide!: boolean;
}

@ObjectType({ description: '当前用户: who the console is signed in as, what they may do and where.' })
export class Caller {
  @Field(() => String, { description: "The identity provider's subject." }) subject!: string;
  @Field(() => String) name!: string;
  @Field(() => [CallerRole]) roles!: CallerRole[];
  @Field(() => Boolean, { description: 'Holds a group-wide role: every campus is in reach.' }) groupWide!: boolean;
  @Field(() => [Campus], { description: 'The active campuses in reach, in code order: the console\'s campus switcher.' }) campuses!: Campus[];
  @Field(() => Staff, { nullable: true, description: "The caller's staff record, when the directory has one." }) staff!: Staff | null;
}
