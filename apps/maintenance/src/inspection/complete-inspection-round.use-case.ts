import { Injectable } from '@nestjs/common';
import { InspectionRoundCompletedV1 } from '@houqin/contracts';
import { recordAudit } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { actorOf } from '../crew/crew-facts';
import { roundFacts } from './inspection-facts';
import { InspectionRoundRow } from './inspection.entity';
import { RoundAccess } from './round-access';
import { InspectionRoundStatus, RoundAction, startedLate } from './round-status';

/** 完成巡检: every checkpoint of the route recorded, before the round is due. */
@Injectable()
export class CompleteInspectionRound {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly access: RoundAccess,
  ) {}

  execute(identity: Identity, roundId: string): Promise<InspectionRoundRow> {
    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      const { round, route } = await this.access.open(manager, identity, roundId, RoundAction.COMPLETE, now);
      const [{ total, recorded, outOfRange }]: { total: number; recorded: number; outOfRange: number }[] = await manager.query(
        `SELECT (SELECT count(*) FROM inspection_checkpoint WHERE route_id = $1)::int AS total,
                count(*)::int AS recorded, count(*) FILTER (WHERE out_of_range)::int AS "outOfRange"
           FROM inspection_reading WHERE round_id = $2`,
        [route.id, round.id],
      );
      if (recorded < total) throw new DomainError('INSPECTION_ROUND_INCOMPLETE', { missing: total - recorded, total });
      const before = { ...round };
      const startedAt = round.startedAt as Date; // set when it went IN_PROGRESS
      Object.assign(round, { status: InspectionRoundStatus.COMPLETED, completedAt: now });
      await manager.save(InspectionRoundRow, round);
      await recordAudit(
        manager,
        identity,
        { action: 'inspection_round.complete', entityType: 'InspectionRound', entityId: round.id, campusId: round.campusId, before, after: round },
        now,
      );
      await this.outbox.append(
        manager,
        InspectionRoundCompletedV1,
        {
          ...roundFacts(round, route, now),
          startedAt: startedAt.toISOString(),
          completedAt: now.toISOString(),
          late: startedLate(round, startedAt),
          outOfRangeReadings: outOfRange,
          actor: actorOf(identity),
        },
        { key: route.id },
      );
      return round;
    });
  }
}
