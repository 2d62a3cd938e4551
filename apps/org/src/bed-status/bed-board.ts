import { Injectable } from '@nestjs/common';
import { BedStatusChangedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { ChangeEvent, changeEvent, ChangeRecorder } from '@houqin/platform-lifecycle';
import { EntityManager } from 'typeorm';
import { LocationKind } from '../location/location-hierarchy';
import { LocationRow } from '../location/location.entity';
import { BedHappening, BedState, BedStatus, BedStatusSource, NEW_BED, nextBedState } from './bed-status';
import { BedStatusRow } from './bed-status.entity';

export interface BedChange {
  bed: LocationRow;
  before: BedState;
  after: BedState;
}

/** Staff changes are audited with who and why; the feed's and cleaning's are facts their own services audit. */
export interface StaffReason {
  identity: Identity;
  reason: string;
}

const stateOf = (row: BedStatusRow): BedState => ({
  status: row.status as BedStatus,
  since: row.since,
  encounterId: row.encounterId,
  precautions: row.precautions,
  source: row.source as BedStatusSource,
});

/**
 * Applies what happened to a bed (bed-status.ts decides) in the caller's transaction: the bed's status row is locked, so
 * a discharge and a finished clean for one bed apply one after the other, and each change is announced once on
 * org.bed-status.v1.
 */
@Injectable()
export class BedBoard {
  constructor(private readonly changes: ChangeRecorder) {}

  async apply(manager: EntityManager, bedId: string, happening: BedHappening, staff?: StaffReason): Promise<BedChange | null> {
    const bed = await manager.findOneBy(LocationRow, { id: bedId, kind: LocationKind.BED });
    // The feed names rooms and wards too (a day case, an unbedded ward): only beds have a status.
    if (!bed) return null;
    const wardId = await this.wardOf(manager, bed);
    await manager
      .createQueryBuilder()
      .insert()
      .into(BedStatusRow)
      .values({ bedId, campusId: bed.campusId, wardId, ...NEW_BED, updatedAt: new Date() })
      .orIgnore()
      .execute();
    const row = await manager.findOneOrFail(BedStatusRow, { where: { bedId }, lock: { mode: 'pessimistic_write' } });
    const before = stateOf(row);
    const after = nextBedState(before, happening);
    if (!after) return null;
    const now = new Date();
    await manager.update(BedStatusRow, { bedId }, { ...after, wardId, updatedAt: now });
    const event = this.announcement(bed, wardId, before, after, now);
    if (staff) {
      const audit = { action: 'bed-status.set', entityType: 'Location', entityId: bedId, campusId: bed.campusId, before, after: { ...after, reason: staff.reason } };
      await this.changes.record(manager, staff.identity, { audit, events: [event] }, now);
    } else {
      await this.changes.publish(manager, [event], now);
    }
    return { bed, before, after };
  }

  private announcement(bed: LocationRow, wardId: string | null, before: BedState, after: BedState, now: Date): ChangeEvent {
    return changeEvent(
      BedStatusChangedV1,
      {
        bedId: bed.id,
        campusId: bed.campusId,
        wardId,
        status: after.status,
        previousStatus: before.status,
        since: after.since.toISOString(),
        source: after.source,
        occurredAt: now.toISOString(),
      },
      bed.id,
    );
  }

  /** A bed hangs under its ward or under a room of it (location-hierarchy.ts). */
  private async wardOf(manager: EntityManager, bed: LocationRow): Promise<string | null> {
    if (!bed.parentId) return null;
    const parent = await manager.findOneBy(LocationRow, { id: bed.parentId });
    if (parent?.kind === LocationKind.WARD) return parent.id;
    if (!parent?.parentId) return null;
    const ward = await manager.findOneBy(LocationRow, { id: parent.parentId, kind: LocationKind.WARD });
    return ward?.id ?? null;
  }
}
