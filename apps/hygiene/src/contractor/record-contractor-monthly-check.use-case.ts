import { Injectable } from '@nestjs/common';
import { ContractorMonthlyCheckRecordedV1 } from '@houqin/contracts';
import { hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, optionalText, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { EntityManager } from 'typeorm';
import { actorOf } from './contractor-facts';
import { ContractorMonthlyCheckRow } from './contractor.entity';
import { RecordContractorMonthlyCheckInput } from './contractor.inputs';
import { ContractorRepository } from './contractor.repository';
import { checkItems, checkMonth, CheckItem, monthlyCheckScore } from './monthly-check';

/**
 * 科室月度考核: a clinical department scores a contractor serving its campus for a month, once. The department
 * head checks for their own department; a campus admin may enter a department's paper form.
 */
@Injectable()
export class RecordContractorMonthlyCheck {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
    private readonly repository: ContractorRepository,
  ) {}

  static validate(
    input: RecordContractorMonthlyCheckInput,
    now: Date,
  ): { contractorId: string; departmentId: string; month: string; items: CheckItem[]; comment: string | null } {
    return {
      contractorId: requireUuid('contractorId', input.contractorId),
      departmentId: requireUuid('departmentId', input.departmentId),
      month: checkMonth(input.month, now),
      items: checkItems(input.items),
      comment: optionalText('comment', input.comment, 500),
    };
  }

  execute(identity: Identity, input: RecordContractorMonthlyCheckInput): Promise<ContractorMonthlyCheckRow> {
    const now = new Date();
    const valid = RecordContractorMonthlyCheck.validate(input, now);
    return this.unitOfWork.run(async (manager) => {
      const contractor = await this.repository.findVisible(identity, valid.contractorId, manager);
      const department = await this.directory.requireDepartment(manager, valid.departmentId, contractor.campusId);
      await this.requireHeadOf(manager, identity, department.id, contractor.campusId);
      if (await manager.existsBy(ContractorMonthlyCheckRow, { contractorId: contractor.id, departmentId: department.id, month: valid.month }))
        throw new DomainError('CONTRACTOR_CHECK_DUPLICATE', { department: department.name, month: valid.month });
      const row: ContractorMonthlyCheckRow = {
        id: uuidv7(),
        campusId: contractor.campusId,
        contractorId: contractor.id,
        departmentId: department.id,
        month: valid.month,
        items: valid.items,
        score: monthlyCheckScore(valid.items),
        comment: valid.comment,
        checkedBySubject: identity.subject,
        checkedByName: identity.name,
        checkedAt: now,
      };
      await manager.insert(ContractorMonthlyCheckRow, row);
      const data = {
        checkId: row.id,
        contractorId: row.contractorId,
        campusId: row.campusId,
        departmentId: row.departmentId,
        month: row.month,
        score: row.score,
        occurredAt: now.toISOString(),
        actor: actorOf(identity),
      };
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'contractor.monthly_check', entityType: 'Contractor', entityId: contractor.id, campusId: row.campusId, before: null, after: row },
          events: [changeEvent(ContractorMonthlyCheckRecordedV1, data, contractor.id)],
        },
        now,
      );
      return row;
    });
  }

  /** Admins enter any department's form; a department head only their own department's (by their staff record). */
  private async requireHeadOf(manager: EntityManager, identity: Identity, departmentId: string, campusId: string): Promise<void> {
    if (hasAnyRole(identity, [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN])) return;
    const staff = identity.staffId ? await this.directory.requireStaff(manager, identity.staffId, campusId) : null;
    if (staff?.departmentId !== departmentId) throw new DomainError('CONTRACTOR_CHECK_OTHER_DEPARTMENT');
  }
}
