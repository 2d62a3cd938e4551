import { Injectable } from '@nestjs/common';
import { PmPlanDeactivatedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { inactive, optionalText } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { actorOf } from '../crew/crew-facts';
import { PmPlanRow } from './preventive.entity';
import { PreventiveRepository } from './preventive.repository';

/** 停用保养计划: no more tasks are generated. Tasks already on the list stay, to be done or skipped. */
@Injectable()
export class DeactivatePmPlan {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly repository: PreventiveRepository,
  ) {}

  execute(identity: Identity, planId: string, reasonText: string | null | undefined): Promise<PmPlanRow> {
    const reason = optionalText('reason', reasonText, 500);
    return this.unitOfWork.run(async (manager) => {
      const row = await this.repository.findVisiblePlan(identity, planId, manager, true);
      if (!row.active) throw inactive('PmPlan', row.name);
      const now = new Date();
      await manager.update(PmPlanRow, { id: row.id }, { active: false, deactivatedAt: now });
      const after = { ...row, active: false, deactivatedAt: now };
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'pm_plan.deactivate', entityType: 'PmPlan', entityId: row.id, campusId: row.campusId, before: row, after: { ...after, reason } },
          events: [
            changeEvent(
              PmPlanDeactivatedV1,
              { planId: row.id, campusId: row.campusId, name: row.name, reason, occurredAt: now.toISOString(), actor: actorOf(identity) },
              row.id,
            ),
          ],
        },
        now,
      );
      return after;
    });
  }
}
