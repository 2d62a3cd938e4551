import { Injectable } from '@nestjs/common';
import {
  EncounterAdmissionCancelledV1,
  EncounterAdmittedV1,
  EncounterDischargeCancelledV1,
  EncounterDischargedV1,
  EncounterRegisteredV1,
  EncounterTransferredV1,
  EncounterUpdatedV1,
  EventContract,
} from '@houqin/contracts';
import { uuidv7 } from '@houqin/platform-database';
import { ChangeEvent, changeEvent, ChangeRecorder } from '@houqin/platform-lifecycle';
import { EntityManager } from 'typeorm';
import { AdtPlacement } from '../his-place/adt-intake';
import { AdtTrigger, IsolationPrecaution } from '../hl7/adt-message';
import { AdtEventRow, EncounterRow } from './encounter.entity';
import { EncounterChange, encounterChanges, EncounterEvent, EncounterState, EncounterStatus, replayEncounter } from './encounter-timeline';

const CONTRACTS: Record<EncounterChange, EventContract> = {
  REGISTERED: EncounterRegisteredV1,
  ADMITTED: EncounterAdmittedV1,
  TRANSFERRED: EncounterTransferredV1,
  DISCHARGED: EncounterDischargedV1,
  DISCHARGE_CANCELLED: EncounterDischargeCancelledV1,
  ADMISSION_CANCELLED: EncounterAdmissionCancelledV1,
  UPDATED: EncounterUpdatedV1,
};

const stateOf = (row: EncounterRow): EncounterState | null =>
  row.status
    ? {
        status: row.status as EncounterStatus,
        campusId: row.campusId,
        locationId: row.locationId,
        wardId: row.wardId,
        departmentId: row.departmentId,
        admittedAt: row.admittedAt,
        dischargedAt: row.dischargedAt,
        precautions: row.precautions as IsolationPrecaution[],
        dietCode: row.dietCode,
      }
    : null;

/** A row as RETURNING gives it (column names) in the entity's properties. */
function rowOf<T extends object>(manager: EntityManager, entity: new () => T, raw: Record<string, unknown>): Partial<T> {
  return Object.fromEntries(manager.connection.getMetadata(entity).columns.map((column) => [column.propertyName, raw[column.databaseName]])) as Partial<T>;
}

const eventOf = (row: AdtEventRow): EncounterEvent => ({ ...row, messageId: row.id, trigger: row.trigger as AdtTrigger, precautions: row.precautions as IsolationPrecaution[] });

/**
 * Applies an accepted ADT event to its encounter, in the message's transaction: the event is kept, the encounter's
 * events are replayed in the order they happened (encounter-timeline.ts), and each change from the state before is
 * announced on his.encounter.v1, keyed by the encounter so its consumers see them in order. The encounter row is
 * locked while this runs, so two messages for one visit apply one after the other.
 */
@Injectable()
export class EncounterFeed {
  constructor(private readonly changes: ChangeRecorder) {}

  async apply(manager: EntityManager, messageId: string, judgement: AdtPlacement, now: Date): Promise<EncounterChange[]> {
    const adt = judgement.adt;
    if (!adt) return [];
    // The visit's row, created on its first event, and locked either way (an upsert locks the row it meets).
    const upserted = await manager
      .createQueryBuilder()
      .insert()
      .into(EncounterRow)
      .values({ id: uuidv7(now.getTime()), visitNumber: adt.visitNumber, status: null, precautions: [], dietCode: '', heldCancels: 0, updatedAt: now })
      .orUpdate(['visit_number'], ['visit_number'])
      .returning('*')
      .execute();
    const encounter = manager.create(EncounterRow, rowOf(manager, EncounterRow, (upserted.raw as Record<string, unknown>[])[0]));
    const place = judgement.place ?? judgement.priorPlace;
    await manager.insert(AdtEventRow, {
      id: messageId,
      encounterId: encounter.id,
      trigger: adt.trigger,
      occurredAt: adt.occurredAt,
      patientClass: adt.patientClass,
      campusId: place?.location.campusId ?? null,
      locationId: judgement.place?.location.id ?? null,
      wardId: judgement.place?.ward.id ?? null,
      departmentId: judgement.departmentId,
      admittedAt: adt.admittedAt,
      dischargedAt: adt.dischargedAt,
      precautions: adt.precautions,
      dietCode: adt.dietCode,
    });
    const before = stateOf(encounter);
    const replay = replayEncounter((await manager.findBy(AdtEventRow, { encounterId: encounter.id })).map(eventOf));
    const after = replay.state;
    const changes = encounterChanges(before, after);
    await manager.update(EncounterRow, encounter.id, {
      status: after?.status ?? null,
      campusId: after?.campusId ?? encounter.campusId,
      locationId: after?.locationId ?? null,
      wardId: after?.wardId ?? null,
      departmentId: after?.departmentId ?? null,
      admittedAt: after?.admittedAt ?? null,
      dischargedAt: after?.dischargedAt ?? null,
      precautions: after?.precautions ?? [],
      dietCode: after?.dietCode ?? '',
      heldCancels: replay.held.length,
      updatedAt: now,
    });
    const announced: ChangeEvent[] = [];
    for (const change of changes) {
      // A cancelled admission is announced with the state it leaves, which is the one it undid.
      const shown = after ?? before;
      if (!shown) continue;
      const data = {
        encounterId: encounter.id,
        campusId: shown.campusId,
        status: shown.status,
        locationId: shown.locationId,
        wardId: shown.wardId,
        departmentId: shown.departmentId,
        admittedAt: shown.admittedAt?.toISOString() ?? null,
        dischargedAt: shown.dischargedAt?.toISOString() ?? null,
        precautions: shown.precautions,
        dietCode: shown.dietCode,
        occurredAt: adt.occurredAt.toISOString(),
        ...(change === 'TRANSFERRED' || change === 'ADMISSION_CANCELLED' ? { previousLocationId: before?.locationId ?? null } : {}),
      };
      announced.push(changeEvent(CONTRACTS[change], data, encounter.id));
    }
    // Events only, no audit entry: the his_message row is the record of what the HIS said.
    await this.changes.publish(manager, announced, now);
    return changes;
  }
}
