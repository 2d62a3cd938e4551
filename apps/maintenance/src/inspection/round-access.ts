import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { forbidden } from '@houqin/platform-errors';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { EntityManager } from 'typeorm';
import { isSupervisor } from '../work-order/work-order-permissions';
import { InspectionRoundRow, InspectionRouteRow } from './inspection.entity';
import { InspectionRepository } from './inspection.repository';
import { assertRoundAction, RoundAction } from './round-status';

/**
 * The gate of every write on a round: the round (of the caller's campuses) locked for the rest of the
 * transaction, so a start, readings, completion and the job's MISSED never interleave; the caller must be on
 * the route's team (its active staff record says so) or a supervisor; and the action must fit the round now.
 */
@Injectable()
export class RoundAccess {
  constructor(
    private readonly directory: OrgDirectoryReplica,
    private readonly repository: InspectionRepository,
  ) {}

  async open(manager: EntityManager, identity: Identity, roundId: string, action: RoundAction, now: Date) {
    const round: InspectionRoundRow = await this.repository.findVisibleRound(identity, roundId, manager, true);
    const route = await manager.findOneByOrFail(InspectionRouteRow, { id: round.routeId });
    if (!isSupervisor(identity)) {
      const [staff] = identity.staffId ? await this.directory.staff(manager, [identity.staffId]) : [];
      if (!staff?.active || staff.teamId !== route.teamId) throw forbidden();
    }
    assertRoundAction(round, action, now);
    return { round, route };
  }
}
