import { Injectable } from '@nestjs/common';
import { DepartmentReplicaRow, OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { DomainError } from '@houqin/platform-errors';
import { EntityManager } from 'typeorm';

/**
 * The department an issue charges must exist in org, be active and belong to the campus the stock leaves
 * from: otherwise 计财科 bills a cost centre that is gone, or another campus's. NOT_FOUND, REFERENCE_INACTIVE
 * or REFERENCE_MISMATCH; a department created in org a moment ago is NOT_FOUND until its event arrives.
 */
@Injectable()
export class ChargedDepartments {
  constructor(private readonly directory: OrgDirectoryReplica) {}

  require(manager: EntityManager, departmentId: string, campusId: string): Promise<DepartmentReplicaRow> {
    return this.directory.requireDepartment(manager, departmentId, campusId);
  }

  /** Several charges checked in one query: each the department, or why it cannot be charged. */
  check(manager: EntityManager, charges: readonly { departmentId: string; campusId: string }[]): Promise<(DepartmentReplicaRow | DomainError)[]> {
    return this.directory.checkDepartments(
      manager,
      charges.map(({ departmentId, campusId }) => ({ id: departmentId, campusId })),
    );
  }
}
