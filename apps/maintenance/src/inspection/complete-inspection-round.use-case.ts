import { Injectable } from '@nestjs/common';
import { InspectionRoundCompletedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { actorOf } from '../crew/crew-facts';
import { roundFacts } from './inspection-facts';
import { InspectionRoundRow, InspectionRouteRow } from './inspection.entity';
import { RoundAccess } from './round-access';
import { assertRoundOpen, INSPECTION_ROUND_LIFECYCLE, RoundAction, startedLate } from './round-lifecycle';

/** 完成巡检: every checkpoint of the route recorded, before the round is due. */
@Injectable()
export class CompleteInspectionRound {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly access: RoundAccess,
  ) {}

  execute(identity: Identity, roundId: string): Promise<InspectionRoundRow> {
    let route!: InspectionRouteRow;
    let outOfRangeReadings = 0;
    return this.transitions.run(identity, INSPECTION_ROUND_LIFECYCLE, {
      action: RoundAction.COMPLETE,
      load: async (manager) => {
        const opened = await this.access.open(manager, identity, roundId);
        route = opened.route;
        return opened.round;
      },
      apply: async (round, at, manager) => {
        assertRoundOpen(round, RoundAction.COMPLETE, at);
        const [{ total, recorded, outOfRange }]: { total: number; recorded: number; outOfRange: number }[] = await manager.query(
          `SELECT (SELECT count(*) FROM inspection_checkpoint WHERE route_id = $1)::int AS total,
                  count(*)::int AS recorded, count(*) FILTER (WHERE out_of_range)::int AS "outOfRange"
             FROM inspection_reading WHERE round_id = $2`,
          [route.id, round.id],
        );
        if (recorded < total) throw new DomainError('INSPECTION_ROUND_INCOMPLETE', { missing: total - recorded, total });
        outOfRangeReadings = outOfRange;
        round.completedAt = at;
      },
      event: {
        contract: InspectionRoundCompletedV1,
        data: (round, at) => {
          const startedAt = round.startedAt as Date; // set when it went IN_PROGRESS
          return {
            ...roundFacts(round, route, at),
            startedAt: startedAt.toISOString(),
            completedAt: at.toISOString(),
            late: startedLate(round, startedAt),
            outOfRangeReadings,
            actor: actorOf(identity),
          };
        },
        key: () => route.id,
      },
    });
  }
}
