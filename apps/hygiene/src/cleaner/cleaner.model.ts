import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { CleanerRow } from './cleaner.entity';

/** The contract with clients: fields are added, never renamed or removed, whatever happens to the table. */
@ObjectType({ description: '保洁员: a member of staff who cleans, the zones they work and their infection-control training.' })
@Directive('@key(fields: "id")')
export class Cleaner {
  @Field(() => ID, { description: 'Their org staff id.' }) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) employeeNo!: string;
  @Field(() => [ID]) zoneIds!: string[];
  @Field(() => String, { nullable: true, description: '院感培训 passed on (YYYY-MM-DD).' }) trainedOn!: string | null;
  @Field(() => String, { nullable: true }) trainedUntil!: string | null;
  @Field(() => String, { nullable: true }) trainingCertificateNo!: string | null;
  @Field(() => Boolean) active!: boolean;
}

export const CleanerConnection = Connection(Cleaner, 'Cleaner');

/** With the name and employee number org's replica holds for the staff member. */
export function toCleaner(row: CleanerRow & { name: string; employeeNo: string }): Cleaner {
  return Object.assign(new Cleaner(), {
    id: row.id,
    campusId: row.campusId,
    name: row.name,
    employeeNo: row.employeeNo,
    zoneIds: row.zoneIds,
    trainedOn: row.trainedOn,
    trainedUntil: row.trainedUntil,
    trainingCertificateNo: row.trainingCertificateNo,
    active: row.active,
  });
}
