import { Injectable } from '@nestjs/common';
import { WasteContainerIssuedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireCampusInScope, uuidv7 } from '@houqin/platform-database';
import { DomainError, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { WasteContainerRow } from './waste-container.entity';
import { IssueWasteContainersInput } from './waste-container.inputs';

/** One label sheet: a ward's week of bags is well under this; more is a typo. */
export const ISSUE_MAX = 200;

type Valid = Pick<WasteContainerRow, 'campusId' | 'departmentId' | 'category' | 'kind'> & { count: number };

/** Issue a ward's labelled containers for one category (a sheet of QR labels): rows, audit entries and events in one transaction. */
@Injectable()
export class IssueWasteContainers {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  /** What the input must be, checked before anything is read or written. */
  static validate(identity: Identity, input: IssueWasteContainersInput): Valid {
    if (!Number.isInteger(input.count) || input.count < 1 || input.count > ISSUE_MAX) {
      throw new DomainError('INVALID_INPUT', { detail: `count must be 1–${ISSUE_MAX}` });
    }
    return {
      campusId: requireCampusInScope(identity, input.campusId),
      departmentId: requireUuid('departmentId', input.departmentId),
      category: input.category,
      kind: input.kind,
      count: input.count,
    };
  }

  execute(identity: Identity, input: IssueWasteContainersInput): Promise<WasteContainerRow[]> {
    const { count, ...valid } = IssueWasteContainers.validate(identity, input);
    return this.unitOfWork.run(async (manager) => {
      await this.directory.requireCampus(manager, valid.campusId);
      await this.directory.requireDepartment(manager, valid.departmentId, valid.campusId);
      const now = new Date();
      const rows: WasteContainerRow[] = Array.from({ length: count }, () => ({ id: uuidv7(), ...valid, createdAt: now, createdBy: identity.subject }));
      await manager.insert(WasteContainerRow, rows);
      const actor = { subject: identity.subject, staffId: identity.staffId, name: identity.name };
      await this.changes.recordAll(
        manager,
        identity,
        rows.map((row) => ({
          audit: { action: 'waste_container.issue', entityType: 'WasteContainer', entityId: row.id, campusId: row.campusId, before: null, after: row },
          events: [
            changeEvent(
              WasteContainerIssuedV1,
              {
                wasteContainerId: row.id,
                campusId: row.campusId,
                departmentId: row.departmentId,
                category: row.category,
                kind: row.kind,
                occurredAt: now.toISOString(),
                actor,
              },
              row.id,
            ),
          ],
        })),
        now,
      );
      return rows;
    });
  }
}
