import { Injectable } from '@nestjs/common';
import { WasteHandedOverV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { EntityManager } from 'typeorm';
import { requireCollectionIds, stepTime } from './custody-rules';
import { WasteCollectionRow } from './waste-collection.entity';
import { WasteCollectionsStepInput } from './waste-collection.inputs';
import { WasteCollectionRepository } from './waste-collection.repository';
import { WasteCollectionAction, WASTE_COLLECTION_LIFECYCLE } from './waste-collection-lifecycle';
import { wasteCollectionFacts } from './waste-collection-facts';

/** 交接签字: the ward's nurse or head signs loads over to the collector — the second signature, their own login, their own ward only. */
@Injectable()
export class ConfirmWasteHandover {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly transitions: TransitionRunner,
    private readonly repository: WasteCollectionRepository,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  execute(identity: Identity, input: WasteCollectionsStepInput): Promise<WasteCollectionRow[]> {
    const ids = requireCollectionIds(input.collectionIds);
    return this.unitOfWork.run(async (manager) => {
      const rows: WasteCollectionRow[] = [];
      for (const id of ids) {
        rows.push(
          await this.transitions.runIn(manager, identity, WASTE_COLLECTION_LIFECYCLE, {
            action: WasteCollectionAction.CONFIRM_HANDOVER,
            load: (m) => this.repository.findVisible(identity, id, m, true),
            authorise: (row, _at, m) => this.requireWardStaff(m, identity, row),
            apply: (row, at) => {
              row.handedOverAt = stepTime('at', input.at, row.collectedAt, at);
              row.wardSignerStaffId = identity.staffId;
              row.wardSignerName = identity.name;
            },
            event: {
              contract: WasteHandedOverV1,
              data: (row, at) => ({
                ...wasteCollectionFacts(row),
                handedOverAt: (row.handedOverAt as Date).toISOString(),
                wardSignerStaffId: row.wardSignerStaffId as string,
                occurredAt: at.toISOString(),
                actor: { subject: identity.subject, staffId: identity.staffId, name: identity.name },
              }),
            },
          }),
        );
      }
      return rows;
    });
  }

  /** The signer is on the staff of the ward the load comes from: a nurse of another ward cannot sign for it. */
  private async requireWardStaff(manager: EntityManager, identity: Identity, row: WasteCollectionRow): Promise<void> {
    const staff = identity.staffId ? await this.directory.staff(manager, [identity.staffId]) : [];
    if (!staff.some((s) => s.active && s.departmentId === row.departmentId)) throw new DomainError('WASTE_HANDOVER_NOT_WARD');
  }
}
