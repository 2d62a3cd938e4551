import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { ComplaintAction } from './complaint-lifecycle';
import { ComplaintTransition } from './complaint-transition';
import { ContractorComplaintRow } from './contractor.entity';

/** The complainant (or an admin) accepts the fix: the complaint is closed (闭环). */
@Injectable()
export class CloseContractorComplaint {
  constructor(private readonly transition: ComplaintTransition) {}

  execute(identity: Identity, complaintId: string): Promise<ContractorComplaintRow> {
    return this.transition.run(identity, complaintId, ComplaintAction.CLOSE, (row, at) => {
      row.closedAt = at;
    });
  }
}
