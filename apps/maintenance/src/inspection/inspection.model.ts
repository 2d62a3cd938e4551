import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CampusRef, LocationRef, ref, StaffRef, TeamRef } from '@houqin/platform-entity-refs';
import { Connection, describedValues } from '@houqin/platform-graphql';
import { Asset } from '../asset/asset.model';
import { WorkOrder } from '../work-order/work-order.model';
import { InspectionCheckpointRow, InspectionReadingRow, InspectionRoundRow, InspectionRouteRow } from './inspection.entity';
import { RoundCompletionFigures } from './inspection.repository';
import { CheckpointKind } from './reading-check';
import { ReadingUnit } from '../common/reading-unit.model';
import { ROUND_STATUS_LABELS_ZH, startedLate } from './round-lifecycle';
import { InspectionRoundStatus } from './round-status';

registerEnumType(CheckpointKind, {
  name: 'InspectionCheckpointKind',
  description: '巡检点类型',
  valuesMap: { CHECK: { description: '检查: found normal or not.' }, READING: { description: '读数: a value off a gauge or meter.' } },
});
registerEnumType(InspectionRoundStatus, { name: 'InspectionRoundStatus', description: '巡检任务状态', valuesMap: describedValues(ROUND_STATUS_LABELS_ZH) });

@ObjectType({ description: '巡检点: one stop of a route and what is expected there.' })
export class InspectionCheckpoint {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Place in the walking order.' }) sequence!: number;
  @Field(() => String) label!: string;
  @Field(() => LocationRef) location!: LocationRef;
  @Field(() => Asset, { nullable: true, description: 'The asset looked at, when there is one (resolved from the register).' }) asset!: Asset | null;
  @Field(() => CheckpointKind) kind!: CheckpointKind;
  @Field(() => ReadingUnit, { nullable: true }) unit!: ReadingUnit | null;
  @Field(() => Float, { nullable: true, description: 'Lowest normal value.' }) min!: number | null;
  @Field(() => Float, { nullable: true, description: 'Highest normal value.' }) max!: number | null;
  @Field(() => String, { description: 'Trade of the corrective work order an out-of-range reading opens.' }) workCategory!: string;
  /** Not in the schema: what the `asset` resolver loads. */
  assetId!: string | null;
}

@ObjectType({ description: '巡检路线: walked by one team, on a daily schedule in Beijing time.' })
export class InspectionRoute {
  @Field(() => ID) id!: string;
  @Field(() => CampusRef) campus!: CampusRef;
  @Field(() => String) name!: string;
  @Field(() => TeamRef) team!: TeamRef;
  @Field(() => [String], { description: 'Daily start times, HH:MM Beijing time, in the order of the day.' }) startTimes!: string[];
  @Field(() => Int, { description: 'Minutes a round may take; not completed by then = missed.' }) durationMinutes!: number;
  @Field(() => Int, { description: 'Minutes a round may start late before it is reported late.' }) startGraceMinutes!: number;
  @Field(() => Boolean) active!: boolean;
  @Field(() => String, { nullable: true }) deactivationReason!: string | null;
  @Field(() => Date) createdAt!: Date;
  /** Resolved by a field resolver, so lists load them in one query. */
  @Field(() => [InspectionCheckpoint], { description: 'In walking order.' }) checkpoints!: InspectionCheckpoint[];
}

@ObjectType({ description: 'What was found at a checkpoint on a round.' })
export class InspectionReading {
  @Field(() => ID) id!: string;
  @Field(() => Boolean, { nullable: true, description: 'CHECK only.' }) ok!: boolean | null;
  @Field(() => Float, { nullable: true, description: 'READING only, in `unit`.' }) value!: number | null;
  @Field(() => ReadingUnit, { nullable: true }) unit!: ReadingUnit | null;
  @Field(() => Boolean, { description: 'Outside the expected range, or a check found not ok.' }) outOfRange!: boolean;
  @Field(() => WorkOrder, { nullable: true, description: 'The corrective work order it opened.' }) correctiveWorkOrder!: WorkOrder | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => String) recordedByName!: string;
  /** Not in the schema: what the `correctiveWorkOrder` resolver loads. */
  correctiveWorkOrderId!: string | null;
}

@ObjectType({ description: 'A checkpoint of the round and, once recorded, what was found there.' })
export class RoundCheckpoint {
  @Field(() => InspectionCheckpoint) checkpoint!: InspectionCheckpoint;
  @Field(() => InspectionReading, { nullable: true, description: 'Null until recorded.' }) reading!: InspectionReading | null;
}

@ObjectType({ description: '巡检任务: one round of a route.' })
export class InspectionRound {
  @Field(() => ID) id!: string;
  @Field(() => CampusRef) campus!: CampusRef;
  @Field(() => InspectionRoute) route!: InspectionRoute;
  @Field(() => Date) scheduledStart!: Date;
  @Field(() => Date, { description: 'Started later than this counts as late.' }) startBy!: Date;
  @Field(() => Date, { description: 'Not completed by then counts as missed.' }) dueBy!: Date;
  @Field(() => InspectionRoundStatus) status!: InspectionRoundStatus;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => StaffRef, { nullable: true }) startedBy!: StaffRef | null;
  @Field(() => String, { nullable: true }) startedByName!: string | null;
  @Field(() => Boolean, { description: 'Started after startBy.' }) startedLate!: boolean;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => Date, { nullable: true }) missedAt!: Date | null;
  @Field(() => [RoundCheckpoint], { description: "The route's checkpoints in walking order, with their readings." }) checkpoints!: RoundCheckpoint[];
  /** Not in the schema: what the `route` and `checkpoints` resolvers load. */
  routeId!: string;
}

export const InspectionRoundConnection = Connection(InspectionRound, 'InspectionRound');

@ObjectType({ description: "A route's rounds in a period. The rate is completed / (completed + missed); null when none is decided yet." })
export class RoundCompletion {
  @Field(() => ID) routeId!: string;
  @Field(() => String) routeName!: string;
  @Field(() => CampusRef) campus!: CampusRef;
  @Field(() => TeamRef) team!: TeamRef;
  @Field(() => Int, { description: 'Rounds scheduled in the period (cancelled ones not counted).' }) scheduled!: number;
  @Field(() => Int, { description: 'Completed, started within the grace.' }) completedOnTime!: number;
  @Field(() => Int, { description: 'Completed, started after the grace.' }) completedLate!: number;
  @Field(() => Int, { description: '漏检' }) missed!: number;
  @Field(() => Int, { description: 'Not due yet: scheduled or in progress.' }) open!: number;
  @Field(() => Float, { nullable: true, description: '0 to 1.' }) completionRate!: number | null;
}

export const toInspectionCheckpoint = (row: InspectionCheckpointRow): InspectionCheckpoint => {
  const model = new InspectionCheckpoint();
  Object.assign(model, {
    id: row.id,
    sequence: row.sequence,
    label: row.label,
    location: { id: row.locationId },
    kind: row.kind,
    unit: row.unit,
    min: row.minValue,
    max: row.maxValue,
    workCategory: row.workCategory,
    assetId: row.assetId,
  });
  return model;
};

export const toInspectionRoute = (row: InspectionRouteRow): InspectionRoute => {
  const model = new InspectionRoute();
  Object.assign(model, {
    id: row.id,
    campus: { id: row.campusId },
    name: row.name,
    team: { id: row.teamId },
    startTimes: row.startTimes,
    durationMinutes: row.durationMinutes,
    startGraceMinutes: row.startGraceMinutes,
    active: row.active,
    deactivationReason: row.deactivationReason,
    createdAt: row.createdAt,
  });
  return model;
};

export const toInspectionReading = (row: InspectionReadingRow): InspectionReading => {
  const model = new InspectionReading();
  Object.assign(model, {
    id: row.id,
    ok: row.ok,
    value: row.value,
    unit: row.unit,
    outOfRange: row.outOfRange,
    correctiveWorkOrderId: row.workOrderId,
    note: row.note,
    recordedAt: row.recordedAt,
    recordedByName: row.recordedByName,
  });
  return model;
};

export const toInspectionRound = (row: InspectionRoundRow): InspectionRound => {
  const model = new InspectionRound();
  Object.assign(model, {
    id: row.id,
    campus: { id: row.campusId },
    scheduledStart: row.scheduledStart,
    startBy: row.startBy,
    dueBy: row.dueBy,
    status: row.status,
    startedAt: row.startedAt,
    startedBy: ref(row.startedByStaffId),
    startedByName: row.startedByName,
    startedLate: row.startedAt !== null && startedLate(row, row.startedAt),
    completedAt: row.completedAt,
    missedAt: row.missedAt,
    routeId: row.routeId,
  });
  return model;
};

export const toRoundCompletion = (figures: RoundCompletionFigures): RoundCompletion => {
  const decided = figures.completedOnTime + figures.completedLate + figures.missed;
  return {
    routeId: figures.routeId,
    routeName: figures.routeName,
    campus: { id: figures.campusId },
    team: { id: figures.teamId },
    scheduled: figures.scheduled,
    completedOnTime: figures.completedOnTime,
    completedLate: figures.completedLate,
    missed: figures.missed,
    open: figures.open,
    completionRate: decided ? (figures.completedOnTime + figures.completedLate) / decided : null,
  };
};
