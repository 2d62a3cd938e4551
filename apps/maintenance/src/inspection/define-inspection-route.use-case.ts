import { Injectable } from '@nestjs/common';
import { InspectionRouteDefinedV1 } from '@houqin/contracts';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { campusScopeWhere, rejectDuplicate, uuidv7 } from '@houqin/platform-database';
import { forbidden, notFound, ReferenceMismatch } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { EntityManager, In } from 'typeorm';
import { assertNotRetired, assetLabel } from '../asset/asset-facts';
import { AssetRow } from '../asset/asset.entity';
import { actorOf } from '../crew/crew-facts';
import { checkpointFacts, expectedColumns } from './inspection-facts';
import { InspectionCheckpointRow, InspectionRouteRow } from './inspection.entity';
import { DefineInspectionRouteInput } from './inspection.inputs';
import { RoutePlan } from './route-plan';

/**
 * 定义巡检路线: a route of a campus the caller acts for, walked by one of its teams, with checkpoints at its
 * locations (and assets still in its register). The job schedules its rounds a day ahead from then on.
 */
@Injectable()
export class DefineInspectionRoute {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  execute(identity: Identity, input: DefineInspectionRouteInput): Promise<InspectionRouteRow> {
    const plan = RoutePlan.from(input);
    if (!CampusScope.of(identity).allows(plan.campusId)) throw forbidden();

    return rejectDuplicate('inspection_route_campus_name_uq', 'InspectionRoute', plan.name, () =>
      this.unitOfWork.run(async (manager) => {
        await this.directory.requireCampus(manager, plan.campusId);
        await this.directory.requireTeam(manager, plan.teamId, plan.campusId);
        await this.requireLocations(manager, plan);
        await this.requireAssets(manager, identity, plan);
        const now = new Date();
        const route: InspectionRouteRow = {
          id: uuidv7(),
          campusId: plan.campusId,
          name: plan.name,
          teamId: plan.teamId,
          startTimes: plan.startTimes,
          durationMinutes: plan.durationMinutes,
          startGraceMinutes: plan.startGraceMinutes,
          active: true,
          deactivationReason: null,
          createdBy: identity.subject,
          createdAt: now,
          updatedAt: now,
        };
        const checkpoints: InspectionCheckpointRow[] = plan.checkpoints.map((c) => ({
          id: uuidv7(),
          routeId: route.id,
          sequence: c.sequence,
          label: c.label,
          locationId: c.locationId,
          assetId: c.assetId,
          ...expectedColumns(c.expected),
          workCategory: c.workCategory,
        }));
        await manager.insert(InspectionRouteRow, route);
        await manager.insert(InspectionCheckpointRow, checkpoints);
        await this.changes.record(
          manager,
          identity,
          {
            audit: {
              action: 'inspection_route.define',
              entityType: 'InspectionRoute',
              entityId: route.id,
              campusId: route.campusId,
              before: null,
              after: { ...route, checkpoints },
            },
            events: [
              changeEvent(
                InspectionRouteDefinedV1,
                {
                  routeId: route.id,
                  campusId: route.campusId,
                  name: route.name,
                  teamId: route.teamId,
                  startTimes: route.startTimes,
                  durationMinutes: route.durationMinutes,
                  startGraceMinutes: route.startGraceMinutes,
                  checkpoints: checkpoints.map(checkpointFacts),
                  occurredAt: now.toISOString(),
                  actor: actorOf(identity),
                },
                route.id,
              ),
            ],
          },
          now,
        );
        return route;
      }),
    );
  }

  /** Every checkpoint location active and on the route's campus, in one query when all is well. */
  private async requireLocations(manager: EntityManager, plan: RoutePlan): Promise<void> {
    const ids = [...new Set(plan.checkpoints.map((c) => c.locationId))];
    const found = new Map((await this.directory.locations(manager, ids)).map((l) => [l.id, l]));
    for (const id of ids) {
      const location = found.get(id);
      // The directory's own check, only to raise its error (not found, deactivated, other campus).
      if (!location?.active || location.campusId !== plan.campusId) await this.directory.requireLocation(manager, id, plan.campusId);
    }
  }

  /** Every checkpoint asset one the caller may see, on the route's campus and not retired. */
  private async requireAssets(manager: EntityManager, identity: Identity, plan: RoutePlan): Promise<void> {
    const ids = [...new Set(plan.checkpoints.flatMap((c) => (c.assetId ? [c.assetId] : [])))];
    if (!ids.length) return;
    const found = new Map((await manager.findBy(AssetRow, { id: In(ids), ...campusScopeWhere(identity) })).map((a) => [a.id, a]));
    for (const id of ids) {
      const asset = found.get(id);
      if (!asset) throw notFound('Asset', id);
      if (asset.campusId !== plan.campusId)
        throw new ReferenceMismatch(`设备“${assetLabel(asset)}”不属于该院区`, `The asset "${assetLabel(asset)}" belongs to another campus`);
      assertNotRetired(asset);
    }
  }
}
