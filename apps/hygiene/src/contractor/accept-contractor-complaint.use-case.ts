import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { ComplaintAction } from './complaint-lifecycle';
import { ComplaintTransition } from './complaint-transition';
import { ContractorComplaintRow } from './contractor.entity';

/** 受理: the complaint is taken on; its response deadline is met. */
@Injectable()
export class AcceptContractorComplaint {
  constructor(private readonly transition: ComplaintTransition) {}

  execute(identity: Identity, complaintId: string): Promise<ContractorComplaintRow> {
    return this.transition.run(identity, complaintId, ComplaintAction.ACCEPT, (row, at) => {
      row.acceptedAt = at;
    });
  }
}
