import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireText } from '@houqin/platform-errors';
import { ComplaintAction } from './complaint-lifecycle';
import { ComplaintTransition } from './complaint-transition';
import { ContractorComplaintRow } from './contractor.entity';
import { ResolveContractorComplaintInput } from './contractor.inputs';

/** 办结: the complaint was dealt with; what was done is kept for the complainant to close or reopen it. */
@Injectable()
export class ResolveContractorComplaint {
  constructor(private readonly transition: ComplaintTransition) {}

  execute(identity: Identity, input: ResolveContractorComplaintInput): Promise<ContractorComplaintRow> {
    const resolution = requireText('resolution', input.resolution, 1000);
    return this.transition.run(identity, input.complaintId, ComplaintAction.RESOLVE, (row, at) => {
      row.resolvedAt = at;
      row.resolution = resolution;
    });
  }
}
