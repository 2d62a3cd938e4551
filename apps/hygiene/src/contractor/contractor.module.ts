import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { AcceptContractorComplaint } from './accept-contractor-complaint.use-case';
import { CloseContractorComplaint } from './close-contractor-complaint.use-case';
import { ComplaintResponseJob } from './complaint-response.job';
import { ComplaintTransition } from './complaint-transition';
import { ContractorComplaintResolver } from './contractor-complaint.resolver';
import { ContractorRatingQuery } from './contractor-rating.query';
import { ContractorRepository } from './contractor.repository';
import { ContractorResolver } from './contractor.resolver';
import { CreateContractor } from './create-contractor.use-case';
import { RaiseContractorComplaint } from './raise-contractor-complaint.use-case';
import { RecordContractorMonthlyCheck } from './record-contractor-monthly-check.use-case';
import { ReopenContractorComplaint } from './reopen-contractor-complaint.use-case';
import { ResolveContractorComplaint } from './resolve-contractor-complaint.use-case';

/** 外包单位: contractors, departments' monthly checks, quarterly ratings, complaints handled to closure. */
@Module({
  imports: [OrgReplicaModule],
  providers: [
    ContractorResolver,
    ContractorComplaintResolver,
    ContractorRepository,
    ContractorRatingQuery,
    CreateContractor,
    RecordContractorMonthlyCheck,
    RaiseContractorComplaint,
    ComplaintTransition,
    AcceptContractorComplaint,
    ResolveContractorComplaint,
    CloseContractorComplaint,
    ReopenContractorComplaint,
    ComplaintResponseJob,
  ],
})
export class ContractorModule {}
