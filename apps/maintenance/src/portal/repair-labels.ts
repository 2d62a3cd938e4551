import { Injectable } from '@nestjs/common';
import { RepairLabelIssuedV1, RepairLabelWithdrawnV1 } from '@houqin/contracts';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, forbidden, notFound, requireText } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { CampusReplicaRow, LocationReplicaRow, OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { EntityManager, IsNull } from 'typeorm';
import { assertNotRetired } from '../asset/asset-facts';
import { AssetStatus } from '../asset/asset-status';
import { AssetRow } from '../asset/asset.entity';
import { findVisibleAsset } from '../asset/asset.repository';
import { RepairLabelRow } from './portal.entity';

export type LabelTarget = { locationId: string; assetId?: undefined } | { assetId: string; locationId?: undefined };

/** Where a label sends a report, as the scan page and the printed sheet name it. */
export interface LabelledPlace {
  label: RepairLabelRow;
  campus: CampusReplicaRow;
  location: LocationReplicaRow;
  asset: AssetRow | null;
  /** Building, floor and the location's ancestry, e.g. 住院楼 · 3F · 心内科病区 · 302 室. */
  placeName: string;
  buildingName: string | null;
  floorName: string | null;
}

/**
 * 报修码: one active label per place or asset. Issuing is idempotent (asking again returns the label in use,
 * so reprinting a floor does not invalidate the stickers already up); replacing withdraws the old code.
 */
@Injectable()
export class RepairLabels {
  constructor(
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  /** The active label of a place or asset, issuing one when there is none. */
  async labelFor(manager: EntityManager, identity: Identity, target: LabelTarget, replaces: RepairLabelRow | null = null): Promise<RepairLabelRow> {
    const { campusId, locationId, assetId } = await this.checkTarget(manager, identity, target);
    const active = await this.activeLabel(manager, locationId, assetId);
    if (active) return active;
    const row: RepairLabelRow = {
      id: uuidv7(),
      campusId,
      locationId,
      assetId,
      issuedAt: new Date(),
      issuedBy: identity.subject,
      withdrawnAt: null,
      withdrawnReason: null,
    };
    // Two admins printing the same floor at once: the unique index keeps one label; the loser reads it back.
    const inserted = await manager.createQueryBuilder().insert().into(RepairLabelRow).values(row).orIgnore().returning('id').execute();
    if (!inserted.raw.length) return (await this.activeLabel(manager, locationId, assetId)) as RepairLabelRow;
    await this.changes.record(manager, identity, {
      audit: { action: 'repair_label.issue', entityType: 'RepairLabel', entityId: row.id, campusId, before: null, after: row },
      events: [
        changeEvent(
          RepairLabelIssuedV1,
          {
            labelId: row.id,
            campusId,
            locationId,
            assetId,
            replacesLabelId: replaces?.id ?? null,
            occurredAt: row.issuedAt.toISOString(),
            actor: { subject: identity.subject, staffId: identity.staffId, name: identity.name },
          },
          row.id,
        ),
      ],
    });
    return row;
  }

  /** A label of the caller's campuses, locked for a change. */
  async requireLabel(manager: EntityManager, identity: Identity, labelId: string): Promise<RepairLabelRow> {
    const label = await manager.findOne(RepairLabelRow, { where: { id: labelId }, lock: { mode: 'pessimistic_write' } });
    if (!label || !CampusScope.of(identity).allows(label.campusId)) throw notFound('RepairLabel', labelId);
    return label;
  }

  async withdraw(manager: EntityManager, identity: Identity, label: RepairLabelRow, reason: string): Promise<RepairLabelRow> {
    const why = requireText('reason', reason, 200);
    if (label.withdrawnAt) throw new DomainError('QR_LABEL_WITHDRAWN');
    const after: RepairLabelRow = { ...label, withdrawnAt: new Date(), withdrawnReason: why };
    await manager.update(RepairLabelRow, { id: label.id }, { withdrawnAt: after.withdrawnAt, withdrawnReason: why });
    await this.changes.record(manager, identity, {
      audit: { action: 'repair_label.withdraw', entityType: 'RepairLabel', entityId: label.id, campusId: label.campusId, before: label, after },
      events: [
        changeEvent(
          RepairLabelWithdrawnV1,
          {
            labelId: label.id,
            campusId: label.campusId,
            reason: why,
            occurredAt: (after.withdrawnAt as Date).toISOString(),
            actor: { subject: identity.subject, staffId: identity.staffId, name: identity.name },
          },
          label.id,
        ),
      ],
    });
    return after;
  }

  /**
   * The place a scanned label reports at, as it is now: an asset's label follows the asset when it moves.
   * A withdrawn label, a place out of use or a retired asset refuse reports (QR_LABEL_WITHDRAWN).
   */
  async placeOf(manager: EntityManager, label: RepairLabelRow | null): Promise<LabelledPlace> {
    if (!label || label.withdrawnAt) throw new DomainError('QR_LABEL_WITHDRAWN');
    const asset = label.assetId ? await manager.findOneBy(AssetRow, { id: label.assetId }) : null;
    if (label.assetId && (!asset || asset.status === AssetStatus.RETIRED)) throw new DomainError('QR_LABEL_WITHDRAWN');
    const location = await manager.findOneBy(LocationReplicaRow, { id: asset?.locationId ?? (label.locationId as string) });
    const campus = await manager.findOneBy(CampusReplicaRow, { id: label.campusId });
    if (!location?.active || !campus?.active) throw new DomainError('QR_LABEL_WITHDRAWN');
    return { label, campus, location, asset, ...(await this.describe(manager, location)) };
  }

  /** A location as people name it: building, floor, then its wards and rooms from the outside in. */
  async describe(manager: EntityManager, location: LocationReplicaRow): Promise<{ placeName: string; buildingName: string | null; floorName: string | null }> {
    const ancestry = await this.directory.ancestry(manager, location);
    const [building] = await this.directory.buildings(manager, [location.buildingId]);
    const [floor] = location.floorId ? await this.directory.floors(manager, [location.floorId]) : [];
    const parts = [building?.name, floor?.name, ...ancestry.reverse().map((l) => l.name)].filter((part): part is string => Boolean(part));
    return { placeName: parts.join(' · '), buildingName: building?.name ?? null, floorName: floor?.name ?? null };
  }

  async campusName(manager: EntityManager, campusId: string): Promise<string | null> {
    return (await manager.findOneBy(CampusReplicaRow, { id: campusId }))?.name ?? null;
  }

  location(manager: EntityManager, id: string): Promise<LocationReplicaRow | null> {
    return manager.findOneBy(LocationReplicaRow, { id });
  }

  private async checkTarget(manager: EntityManager, identity: Identity, target: LabelTarget) {
    if (target.assetId) {
      const asset = await findVisibleAsset(manager, identity, target.assetId);
      assertNotRetired(asset);
      return { campusId: asset.campusId, locationId: null, assetId: asset.id };
    }
    const location = await this.directory.requireLocation(manager, target.locationId as string);
    if (!CampusScope.of(identity).allows(location.campusId)) throw forbidden();
    return { campusId: location.campusId, locationId: location.id, assetId: null };
  }

  private activeLabel(manager: EntityManager, locationId: string | null, assetId: string | null): Promise<RepairLabelRow | null> {
    return manager.findOneBy(RepairLabelRow, assetId ? { assetId, withdrawnAt: IsNull() } : { locationId: locationId as string, withdrawnAt: IsNull() });
  }
}
