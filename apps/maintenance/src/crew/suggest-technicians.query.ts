import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { WorkOrderRepository } from '../work-order/work-order.repository';
import { CrewRepository } from './crew.repository';
import { strongestDuty } from './duty-roster';
import { LicenceRequirements } from './licence-requirements';
import { rankTechnicians } from './technician-ranking';
import { SuggestedTechnician } from './crew.model';

/**
 * 派工建议: who to send on an order. The candidates are the order's team (or, before it has one, the crews
 * of the campus whose trade is the order's category); their facts come from one query and the ranking
 * from `rankTechnicians`.
 */
@Injectable()
export class SuggestTechniciansQuery {
  private readonly requirements = new LicenceRequirements();

  constructor(
    private readonly workOrders: WorkOrderRepository,
    private readonly repository: CrewRepository,
  ) {}

  async execute(identity: Identity, workOrderId: string, now: Date = new Date()): Promise<SuggestedTechnician[]> {
    const order = await this.workOrders.findVisible(identity, workOrderId);
    const candidates = await this.repository.candidates(order, this.requirements.required(order.category), now);
    const standings = candidates.map((c) => {
      const missingLicences = this.requirements.missing(order.category, c.held, now);
      return { ...c, missingLicences, qualified: missingLicences.length === 0, onDuty: strongestDuty(c.dutyKinds) };
    });
    return rankTechnicians(standings).map((s, i) => ({
      rank: i + 1,
      technician: { id: s.staffId },
      team: { id: s.teamId },
      qualified: s.qualified,
      missingLicences: s.missingLicences,
      onDuty: s.onDuty,
      openOrders: s.openOrders,
    }));
  }
}
