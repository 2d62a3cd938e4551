import { Injectable } from '@nestjs/common';
import { ContractorComplaintStatusChangedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { COMPLAINT_LIFECYCLE, ComplaintAction } from './complaint-lifecycle';
import { actorOf } from './contractor-facts';
import { ContractorComplaintRow } from './contractor.entity';
import { ContractorRepository } from './contractor.repository';

/** One step of a complaint through the TransitionRunner (lock, rules, audit, event); each use case says what else changes. */
@Injectable()
export class ComplaintTransition {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: ContractorRepository,
  ) {}

  run(
    identity: Identity,
    complaintId: string,
    action: ComplaintAction,
    apply: (row: ContractorComplaintRow, at: Date) => void,
  ): Promise<ContractorComplaintRow> {
    return this.transitions.run(identity, COMPLAINT_LIFECYCLE, {
      action,
      load: (manager) => this.repository.lockComplaint(manager, identity, complaintId),
      apply,
      event: {
        contract: ContractorComplaintStatusChangedV1,
        data: (row, at, from) => ({
          complaintId: row.id,
          number: row.number,
          contractorId: row.contractorId,
          campusId: row.campusId,
          from,
          status: row.status,
          responseDueAt: row.responseDueAt.toISOString(),
          occurredAt: at.toISOString(),
          actor: actorOf(identity),
        }),
      },
    });
  }
}
