import { Injectable } from '@nestjs/common';
import { InspectionRoundStartedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { actorOf } from '../crew/crew-facts';
import { roundFacts } from './inspection-facts';
import { InspectionRoundRow, InspectionRouteRow } from './inspection.entity';
import { RoundAccess } from './round-access';
import { assertRoundOpen, INSPECTION_ROUND_LIFECYCLE, RoundAction, startedLate } from './round-lifecycle';

/** 开始巡检: a member of the route's team (or a dispatcher) sets out on a scheduled round. */
@Injectable()
export class StartInspectionRound {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly access: RoundAccess,
  ) {}

  execute(identity: Identity, roundId: string): Promise<InspectionRoundRow> {
    let route!: InspectionRouteRow;
    return this.transitions.run(identity, INSPECTION_ROUND_LIFECYCLE, {
      action: RoundAction.START,
      load: async (manager) => {
        const opened = await this.access.open(manager, identity, roundId);
        route = opened.route;
        return opened.round;
      },
      apply: (round, at) => {
        assertRoundOpen(round, RoundAction.START, at);
        Object.assign(round, { startedAt: at, startedBy: identity.subject, startedByName: identity.name, startedByStaffId: identity.staffId });
      },
      event: {
        contract: InspectionRoundStartedV1,
        data: (round, at) => ({ ...roundFacts(round, route, at), startedAt: at.toISOString(), late: startedLate(round, at), actor: actorOf(identity) }),
        key: () => route.id,
      },
    });
  }
}
