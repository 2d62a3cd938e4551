import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SlaTargetRow } from './work-order.entity';
import { DEFAULT_SLA_MINUTES, SlaMinutes, SlaPolicy, WorkOrderPriority } from './sla-policy';

/** A campus's SLA targets: its own where set, the platform defaults for the rest. */
@Injectable()
export class SlaTargets {
  async minutesFor(manager: EntityManager, campusId: string): Promise<SlaMinutes> {
    const rows = await manager.findBy(SlaTargetRow, { campusId });
    const minutes: SlaMinutes = { ...DEFAULT_SLA_MINUTES };
    for (const row of rows) minutes[row.priority as WorkOrderPriority] = { response: row.responseMinutes, resolution: row.resolutionMinutes };
    return minutes;
  }

  async policyFor(manager: EntityManager, campusId: string): Promise<SlaPolicy> {
    return new SlaPolicy(await this.minutesFor(manager, campusId));
  }
}
