import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { CampusRow, HospitalGroupRow } from './campus.entity';

@ObjectType({ description: '医院集团: the group the platform serves.' })
export class HospitalGroup {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
}

@ObjectType({ description: '院区: one hospital site of the group.' })
@Directive('@key(fields: "id")')
export class Campus {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Short code, e.g. EAST.' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => Boolean) active!: boolean;
}

export const CampusConnection = Connection(Campus, 'Campus');

export const toHospitalGroup = (row: HospitalGroupRow): HospitalGroup => ({ id: row.id, name: row.name, nameEn: row.nameEn });

export const toCampus = (row: CampusRow): Campus => ({
  id: row.id,
  code: row.code,
  name: row.name,
  nameEn: row.nameEn,
  address: row.address,
  active: row.active,
});
