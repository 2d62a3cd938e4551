import { Injectable } from '@nestjs/common';
import { ContractorComplaintRaisedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { nextDocumentNumber } from '@houqin/platform-document-number';
import { inactive, optionalUuid, requireText, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { responseDueAfter } from './complaint-lifecycle';
import { ComplaintStatus } from './complaint-status';
import { actorOf } from './contractor-facts';
import { ContractorComplaintRow } from './contractor.entity';
import { RaiseContractorComplaintInput } from './contractor.inputs';
import { ContractorRepository } from './contractor.repository';

/** 投诉: a complaint about a contractor, to be accepted within the response time (complaint-lifecycle.ts). */
@Injectable()
export class RaiseContractorComplaint {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
    private readonly repository: ContractorRepository,
  ) {}

  static validate(input: RaiseContractorComplaintInput): { contractorId: string; departmentId: string | null; description: string } {
    return {
      contractorId: requireUuid('contractorId', input.contractorId),
      departmentId: optionalUuid('departmentId', input.departmentId),
      description: requireText('description', input.description, 1000),
    };
  }

  execute(identity: Identity, input: RaiseContractorComplaintInput): Promise<ContractorComplaintRow> {
    const valid = RaiseContractorComplaint.validate(input);
    return this.unitOfWork.run(async (manager) => {
      const contractor = await this.repository.findVisible(identity, valid.contractorId, manager);
      if (!contractor.active) throw inactive('Contractor', contractor.name);
      if (valid.departmentId) await this.directory.requireDepartment(manager, valid.departmentId, contractor.campusId);
      const now = new Date();
      const row: ContractorComplaintRow = {
        id: uuidv7(),
        number: await nextDocumentNumber(manager, 'TS', now),
        campusId: contractor.campusId,
        contractorId: contractor.id,
        departmentId: valid.departmentId,
        description: valid.description,
        status: ComplaintStatus.OPEN,
        raisedBySubject: identity.subject,
        raisedByName: identity.name,
        raisedAt: now,
        responseDueAt: responseDueAfter(now),
        acceptedAt: null,
        resolvedAt: null,
        resolution: null,
        closedAt: null,
        reopenCount: 0,
      };
      await manager.insert(ContractorComplaintRow, row);
      const data = {
        complaintId: row.id,
        number: row.number,
        contractorId: row.contractorId,
        campusId: row.campusId,
        departmentId: row.departmentId,
        responseDueAt: row.responseDueAt.toISOString(),
        occurredAt: now.toISOString(),
        actor: actorOf(identity),
      };
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: 'contractor_complaint.raise',
            entityType: 'ContractorComplaint',
            entityId: row.id,
            campusId: row.campusId,
            before: null,
            after: row,
          },
          events: [changeEvent(ContractorComplaintRaisedV1, data, row.id)],
        },
        now,
      );
      return row;
    });
  }
}
