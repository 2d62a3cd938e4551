import { InspectionCheckpointRow, InspectionRoundRow, InspectionRouteRow } from './inspection.entity';
import { CheckpointKind, ExpectedReading } from './reading-check';

/** What a stored checkpoint expects, for checking a reading against it. */
export const expectedOf = (row: InspectionCheckpointRow): ExpectedReading =>
  row.kind === CheckpointKind.READING && row.unit
    ? { kind: CheckpointKind.READING, unit: row.unit, min: row.minValue, max: row.maxValue }
    : { kind: CheckpointKind.CHECK };

/** The expectation as checkpoint columns. */
export const expectedColumns = (expected: ExpectedReading) =>
  expected.kind === CheckpointKind.READING
    ? { kind: expected.kind, unit: expected.unit, minValue: expected.min, maxValue: expected.max }
    : { kind: expected.kind, unit: null, minValue: null, maxValue: null };

/** One checkpoint as InspectionRouteDefinedV1 carries it. */
export const checkpointFacts = (row: InspectionCheckpointRow) => ({
  checkpointId: row.id,
  sequence: row.sequence,
  label: row.label,
  locationId: row.locationId,
  assetId: row.assetId,
  kind: row.kind,
  unit: row.unit,
  min: row.minValue,
  max: row.maxValue,
  workCategory: row.workCategory,
});

/** A round as every round event carries it (see libs/contracts inspection-events). */
export const roundFacts = (
  round: Pick<InspectionRoundRow, 'id' | 'scheduledStart' | 'startBy' | 'dueBy'>,
  route: Pick<InspectionRouteRow, 'id' | 'name' | 'campusId' | 'teamId'>,
  at: Date,
) => ({
  roundId: round.id,
  scheduledStart: round.scheduledStart.toISOString(),
  startBy: round.startBy.toISOString(),
  dueBy: round.dueBy.toISOString(),
  routeId: route.id,
  routeName: route.name,
  campusId: route.campusId,
  teamId: route.teamId,
  occurredAt: at.toISOString(),
});
