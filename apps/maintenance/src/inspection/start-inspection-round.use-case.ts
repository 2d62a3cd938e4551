import { Injectable } from '@nestjs/common';
import { InspectionRoundStartedV1 } from '@houqin/contracts';
import { recordAudit } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { actorOf } from '../crew/crew-facts';
import { roundFacts } from './inspection-facts';
import { InspectionRoundRow } from './inspection.entity';
import { RoundAccess } from './round-access';
import { InspectionRoundStatus, RoundAction, startedLate } from './round-status';

/** 开始巡检: a member of the route's team (or a dispatcher) sets out on a scheduled round. */
@Injectable()
export class StartInspectionRound {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly access: RoundAccess,
  ) {}

  execute(identity: Identity, roundId: string): Promise<InspectionRoundRow> {
    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      const { round, route } = await this.access.open(manager, identity, roundId, RoundAction.START, now);
      const before = { ...round };
      Object.assign(round, {
        status: InspectionRoundStatus.IN_PROGRESS,
        startedAt: now,
        startedBy: identity.subject,
        startedByName: identity.name,
        startedByStaffId: identity.staffId,
      });
      await manager.save(InspectionRoundRow, round);
      await recordAudit(
        manager,
        identity,
        { action: 'inspection_round.start', entityType: 'InspectionRound', entityId: round.id, campusId: round.campusId, before, after: round },
        now,
      );
      await this.outbox.append(
        manager,
        InspectionRoundStartedV1,
        { ...roundFacts(round, route, now), startedAt: now.toISOString(), late: startedLate(round, now), actor: actorOf(identity) },
        { key: route.id },
      );
      return round;
    });
  }
}
