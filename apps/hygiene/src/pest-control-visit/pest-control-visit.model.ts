import { Directive, Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, describedValues } from '@houqin/platform-graphql';
import { PestControlVisitRow, PestFindingRow, PestFollowUpRow } from './pest-control-visit.entity';
import { PEST_ZH, Pest, PestFollowUpStatus } from './pest';
import { PEST_FOLLOW_UP_LIFECYCLE } from './pest-follow-up-lifecycle';

registerEnumType(Pest, { name: 'Pest', description: '虫害种类（四害与白蚁）', valuesMap: describedValues(PEST_ZH) });
registerEnumType(PestFollowUpStatus, {
  name: 'PestFollowUpStatus',
  description: '虫害整改状态',
  valuesMap: describedValues(PEST_FOLLOW_UP_LIFECYCLE.stateLabelsZh()),
});

@ObjectType({ description: 'What a pest control visit found in one area (虫害发现).' })
export class PestFinding {
  @Field(() => ID) id!: string;
  @Field(() => ID) locationId!: string;
  @Field(() => Pest) pest!: Pest;
  @Field(() => Boolean) sighted!: boolean;
  @Field(() => Float, { nullable: true }) density!: number | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ description: 'A visit of the pest control (除四害) or termite control (白蚁防治) contractor to a campus.' })
@Directive('@key(fields: "id")')
export class PestControlVisit {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) contractorId!: string;
  @Field(() => String, { description: 'PEST_CONTROL or TERMITE_CONTROL: what the contractor was there for.' }) service!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, Beijing time.' }) visitedOn!: string;
  @Field(() => String) method!: string;
  @Field(() => String, { nullable: true }) agent!: string | null;
  @Field(() => [ID]) locationIds!: string[];
  @Field(() => [PestFinding]) findings!: PestFinding[];
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date) createdAt!: Date;
}

export const PestControlVisitConnection = Connection(PestControlVisit, 'PestControlVisit');

const toFinding = (row: PestFindingRow): PestFinding =>
  Object.assign(new PestFinding(), { id: row.id, locationId: row.locationId, pest: row.pest, sighted: row.sighted, density: row.density, note: row.note });

export function toPestControlVisit(row: PestControlVisitRow, findings: readonly PestFindingRow[]): PestControlVisit {
  return Object.assign(new PestControlVisit(), {
    id: row.id,
    campusId: row.campusId,
    contractorId: row.contractorId,
    service: row.service,
    visitedOn: row.visitedOn,
    method: row.method,
    agent: row.agent,
    locationIds: row.locationIds,
    findings: findings.map(toFinding),
    note: row.note,
    createdAt: row.createdAt,
  });
}

@ObjectType({ description: 'A follow-up opened from a finding (整改), closed by a re-check that finds the area clear (复查).' })
@Directive('@key(fields: "id")')
export class PestFollowUp {
  @Field(() => ID) id!: string;
  @Field(() => ID) findingId!: string;
  @Field(() => ID) visitId!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) locationId!: string;
  @Field(() => Pest) pest!: Pest;
  @Field(() => String) action!: string;
  @Field(() => PestFollowUpStatus) status!: PestFollowUpStatus;
  @Field(() => String, { description: 'The next re-check date, YYYY-MM-DD.' }) dueOn!: string;
  @Field(() => String, { nullable: true }) recheckedOn!: string | null;
  @Field(() => String, { nullable: true }) recheckNote!: string | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
}

export const PestFollowUpConnection = Connection(PestFollowUp, 'PestFollowUp');

export function toPestFollowUp(row: PestFollowUpRow): PestFollowUp {
  return Object.assign(new PestFollowUp(), {
    id: row.id,
    findingId: row.findingId,
    visitId: row.visitId,
    campusId: row.campusId,
    locationId: row.locationId,
    pest: row.pest,
    action: row.action,
    status: row.status,
    dueOn: row.dueOn,
    recheckedOn: row.recheckedOn,
    recheckNote: row.recheckNote,
    closedAt: row.closedAt,
  });
}
