import { Injectable } from '@nestjs/common';
import { InspectionRouteDeactivatedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { inactive, requireText } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { actorOf } from '../crew/crew-facts';
import { InspectionRouteRow } from './inspection.entity';
import { InspectionRepository } from './inspection.repository';
import { InspectionRoundStatus } from './round-status';

/**
 * 停用巡检路线, with a reason. Its rounds not yet started are cancelled (they will not be walked, so they must
 * not be reported missed); a round already under way is finished as it is. The route row lock keeps the job
 * from scheduling new rounds for it meanwhile (the job reads routes FOR SHARE).
 */
@Injectable()
export class DeactivateInspectionRoute {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly repository: InspectionRepository,
  ) {}

  execute(identity: Identity, routeId: string, reasonText: string): Promise<InspectionRouteRow> {
    const reason = requireText('reason', reasonText, 500);
    return this.unitOfWork.run(async (manager) => {
      const route = await this.repository.findVisibleRoute(identity, routeId, manager, true);
      if (!route.active) throw inactive('InspectionRoute', route.name);
      const now = new Date();
      const before = { ...route };
      Object.assign(route, { active: false, deactivationReason: reason, updatedAt: now });
      await manager.save(InspectionRouteRow, route);
      const [cancelled]: [{ id: string }[], number] = await manager.query(
        `UPDATE inspection_round SET status = $2, cancelled_at = $3 WHERE route_id = $1 AND status = $4 RETURNING id`,
        [route.id, InspectionRoundStatus.CANCELLED, now.toISOString(), InspectionRoundStatus.SCHEDULED],
      );
      const cancelledRoundIds = cancelled.map((r) => r.id);
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: 'inspection_route.deactivate',
            entityType: 'InspectionRoute',
            entityId: route.id,
            campusId: route.campusId,
            before,
            after: { ...route, cancelledRoundIds },
          },
          events: [
            changeEvent(
              InspectionRouteDeactivatedV1,
              { routeId: route.id, campusId: route.campusId, reason, cancelledRoundIds, occurredAt: now.toISOString(), actor: actorOf(identity) },
              route.id,
            ),
          ],
        },
        now,
      );
      return route;
    });
  }
}
