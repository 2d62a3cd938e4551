import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { COMPLAINT_LIFECYCLE } from './complaint-lifecycle';
import { ComplaintStatus } from './complaint-status';
import { ContractorComplaintRow, ContractorMonthlyCheckRow, ContractorRow } from './contractor.entity';
import { ContractorKind } from './contractor-kind';
import { ContractorGrade, Rating } from './contractor-rating';

registerEnumType(ContractorKind, { name: 'ContractorKind', description: '保洁 CLEANING, 洗涤 LAUNDRY, 除四害 PEST_CONTROL, 白蚁防治 TERMITE_CONTROL' });
registerEnumType(ComplaintStatus, { name: 'ContractorComplaintStatus', description: 'OPEN → ACCEPTED → RESOLVED → CLOSED, or REOPENED' });
registerEnumType(ContractorGrade, { name: 'ContractorGrade', description: 'A ≥ 90, B ≥ 80, C ≥ 70, D below' });

/** The contract with clients: fields are added, never renamed or removed, whatever happens to the table. */
@ObjectType({ description: 'An outsourced company of one campus (外包单位).' })
@Directive('@key(fields: "id")')
export class Contractor {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => String) name!: string;
  @Field(() => ContractorKind) kind!: ContractorKind;
  @Field(() => Boolean) active!: boolean;
  @Field(() => String, { nullable: true }) licenceNo!: string | null;
  @Field(() => String, { nullable: true }) contactName!: string | null;
  @Field(() => String, { nullable: true }) contactPhone!: string | null;
  @Field(() => String, { nullable: true }) contractStart!: string | null;
  @Field(() => String, { nullable: true }) contractEnd!: string | null;
  @Field(() => [ID]) zoneIds!: string[];
  @Field(() => Date) createdAt!: Date;
}

export const ContractorConnection = Connection(Contractor, 'Contractor');

@ObjectType()
export class ContractorCheckItem {
  @Field(() => String) criterion!: string;
  @Field(() => Int) points!: number;
}

@ObjectType({ description: "A clinical department's check of a contractor for a month (科室月度考核)." })
export class ContractorMonthlyCheck {
  @Field(() => ID) id!: string;
  @Field(() => ID) contractorId!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => String) month!: string;
  @Field(() => [ContractorCheckItem]) items!: ContractorCheckItem[];
  @Field(() => Float) score!: number;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => String) checkedByName!: string;
  @Field(() => Date) checkedAt!: Date;
}

export const ContractorMonthlyCheckConnection = Connection(ContractorMonthlyCheck, 'ContractorMonthlyCheck');

@ObjectType({ description: 'A complaint about a contractor (投诉).' })
export class ContractorComplaint {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) contractorId!: string;
  @Field(() => ID, { nullable: true }) departmentId!: string | null;
  @Field(() => String) description!: string;
  @Field(() => ComplaintStatus) status!: ComplaintStatus;
  @Field(() => String) statusZh!: string;
  @Field(() => String) raisedByName!: string;
  @Field(() => Date) raisedAt!: Date;
  @Field(() => Date) responseDueAt!: Date;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => String, { nullable: true }) resolution!: string | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => Int) reopenCount!: number;
}

export const ContractorComplaintConnection = Connection(ContractorComplaint, 'ContractorComplaint');

@ObjectType({ description: "A contractor's quarterly rating (季度评级): 60 % departments' checks, 40 % inspections, less 2 per complaint (at most 20)." })
export class ContractorRating {
  @Field(() => ID) contractorId!: string;
  @Field(() => String) contractorName!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ContractorKind) kind!: ContractorKind;
  @Field(() => String) quarter!: string;
  @Field(() => Int) checks!: number;
  @Field(() => Float, { nullable: true }) checkAverage!: number | null;
  @Field(() => Int) inspections!: number;
  @Field(() => Float, { nullable: true }) inspectionAverage!: number | null;
  @Field(() => Int) complaints!: number;
  @Field(() => Float) deduction!: number;
  @Field(() => Float, { nullable: true, description: 'Null: nothing to rate them on this quarter.' }) score!: number | null;
  @Field(() => ContractorGrade, { nullable: true }) grade!: ContractorGrade | null;
}

const STATUS_ZH = COMPLAINT_LIFECYCLE.stateLabelsZh();

export function toContractor(row: ContractorRow): Contractor {
  const { id, campusId, name, active, licenceNo, contactName, contactPhone, contractStart, contractEnd, zoneIds, createdAt } = row;
  return Object.assign(new Contractor(), {
    id,
    campusId,
    name,
    kind: row.kind as ContractorKind,
    active,
    licenceNo,
    contactName,
    contactPhone,
    contractStart,
    contractEnd,
    zoneIds,
    createdAt,
  });
}

export function toContractorMonthlyCheck(row: ContractorMonthlyCheckRow): ContractorMonthlyCheck {
  const { id, contractorId, departmentId, month, score, comment, checkedByName, checkedAt } = row;
  const items = row.items.map((item) => Object.assign(new ContractorCheckItem(), item));
  return Object.assign(new ContractorMonthlyCheck(), { id, contractorId, departmentId, month, items, score, comment, checkedByName, checkedAt });
}

export function toContractorComplaint(row: ContractorComplaintRow): ContractorComplaint {
  const { raisedBySubject: _subject, ...fields } = row;
  return Object.assign(new ContractorComplaint(), fields, { statusZh: STATUS_ZH[row.status] });
}

export function toContractorRating(
  contractor: Pick<ContractorRow, 'id' | 'name' | 'campusId' | 'kind'>,
  quarter: string,
  counts: { checks: number; inspections: number; complaints: number },
  rating: Rating,
): ContractorRating {
  return Object.assign(new ContractorRating(), {
    contractorId: contractor.id,
    contractorName: contractor.name,
    campusId: contractor.campusId,
    kind: contractor.kind as ContractorKind,
    quarter,
    ...counts,
    ...rating,
  });
}
