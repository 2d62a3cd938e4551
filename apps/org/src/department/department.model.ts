import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { Campus } from '../campus/campus.model';
import { DepartmentRow } from './department.entity';

@ObjectType({ description: '科室: a clinical or administrative department, and the cost centre it is charged as.' })
@Directive('@key(fields: "id")')
export class Department {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => String, { description: '成本中心编码, unique on the campus.' }) costCentreCode!: string;
  @Field(() => String, { nullable: true, description: 'HIS 科室编码, unique on the campus.' }) hisCode!: string | null;
  @Field(() => Boolean) active!: boolean;
  @Field(() => Campus) campus!: Campus;
  campusId!: string;
}

export const DepartmentConnection = Connection(Department, 'Department');

export function toDepartment(row: DepartmentRow): Department {
  return Object.assign(new Department(), {
    id: row.id,
    name: row.name,
    nameEn: row.nameEn,
    costCentreCode: row.costCentreCode,
    hisCode: row.hisCode,
    active: row.active,
    campusId: row.campusId,
  });
}
