import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { ComplaintAction, responseDueAfter } from './complaint-lifecycle';
import { ComplaintTransition } from './complaint-transition';
import { ContractorComplaintRow } from './contractor.entity';

/** The fix did not hold: the complaint waits to be accepted again, with a new response deadline. */
@Injectable()
export class ReopenContractorComplaint {
  constructor(private readonly transition: ComplaintTransition) {}

  execute(identity: Identity, complaintId: string): Promise<ContractorComplaintRow> {
    return this.transition.run(identity, complaintId, ComplaintAction.REOPEN, (row, at) => {
      row.reopenCount += 1;
      row.responseDueAt = responseDueAfter(at);
      row.acceptedAt = null;
      row.resolvedAt = null;
    });
  }
}
