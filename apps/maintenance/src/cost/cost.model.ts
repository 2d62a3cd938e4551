import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DepartmentRef, CampusRef, ref, StaffRef, TeamRef } from '@houqin/platform-entity-refs';
import { CostFigures, DepartmentCosts } from './cost-ledger';
import { LabourRateRow, WorkOrderTimeLogRow } from './cost.entity';

@ObjectType({ description: 'What an order cost so far, in fen: labour + parts + vendors.' })
export class WorkOrderCost {
  @Field(() => Int) labourFen!: number;
  @Field(() => Int, { description: 'As materials charged the department for the parts issued.' }) partsFen!: number;
  @Field(() => Int) vendorFen!: number;
  @Field(() => Int) totalFen!: number;
}

@ObjectType({ description: '工时记录' })
export class WorkTimeLog {
  @Field(() => StaffRef, { nullable: true }) technician!: StaffRef | null;
  @Field(() => String, { description: 'YYYY-MM-DD' }) workedOn!: string;
  @Field(() => Int) minutes!: number;
  @Field(() => Int) fenPerHour!: number;
  @Field(() => Int) costFen!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String) loggedBy!: string;
}

@ObjectType({ description: '工时单价' })
export class LabourRate {
  @Field(() => CampusRef) campus!: CampusRef;
  @Field(() => TeamRef, { nullable: true }) team!: TeamRef | null;
  @Field(() => Int) fenPerHour!: number;
  @Field(() => String) effectiveFrom!: string;
}

@ObjectType({ description: "A department's maintenance costs of a month (finance books labour + vendors; parts come from materials)." })
export class DepartmentMaintenanceCost {
  @Field(() => DepartmentRef) department!: DepartmentRef;
  @Field(() => CampusRef) campus!: CampusRef;
  @Field(() => Int) labourFen!: number;
  @Field(() => Int) partsFen!: number;
  @Field(() => Int) vendorFen!: number;
  @Field(() => Int) totalFen!: number;
}

export const toWorkOrderCost = (c: CostFigures): WorkOrderCost => ({ ...c, totalFen: c.labourFen + c.partsFen + c.vendorFen });

export const toWorkTimeLog = (row: WorkOrderTimeLogRow): WorkTimeLog => ({
  technician: ref(row.staffId),
  workedOn: row.workedOn,
  minutes: row.minutes,
  fenPerHour: row.fenPerHour,
  costFen: row.costFen,
  note: row.note,
  loggedBy: row.loggedBy,
});

export const toLabourRate = (row: LabourRateRow): LabourRate => ({
  campus: { id: row.campusId },
  team: ref(row.teamId),
  fenPerHour: row.fenPerHour,
  effectiveFrom: row.effectiveFrom,
});

export const toDepartmentCost = (c: DepartmentCosts): DepartmentMaintenanceCost => ({
  department: { id: c.departmentId },
  campus: { id: c.campusId },
  labourFen: c.labourFen,
  partsFen: c.partsFen,
  vendorFen: c.vendorFen,
  totalFen: c.labourFen + c.partsFen + c.vendorFen,
});
