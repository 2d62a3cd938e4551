import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { forbidden } from '@houqin/platform-errors';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { EntityManager } from 'typeorm';
import { isSupervisor } from '../work-order/work-order-permissions';
import { InspectionRoundRow, InspectionRouteRow } from './inspection.entity';
import { InspectionRepository } from './inspection.repository';

/**
 * The gate of every write on a round, its TransitionRunner loader: the round (of the caller's campuses) locked
 * for the rest of the transaction, so a start, readings, completion and the job's MISSED never interleave; and
 * the caller must be on the route's team (its active staff record says so) or a supervisor — before the
 * round's state is looked at.
 */
@Injectable()
export class RoundAccess {
  constructor(
    private readonly directory: OrgDirectoryReplica,
    private readonly repository: InspectionRepository,
  ) {}

  async open(manager: EntityManager, identity: Identity, roundId: string) {
    const round: InspectionRoundRow = await this.repository.findVisibleRound(identity, roundId, manager, true);
    const route = await manager.findOneByOrFail(InspectionRouteRow, { id: round.routeId });
    if (!isSupervisor(identity)) {
      const [staff] = identity.staffId ? await this.directory.staff(manager, [identity.staffId]) : [];
      if (!staff?.active || staff.teamId !== route.teamId) throw forbidden();
    }
    return { round, route };
  }
}
