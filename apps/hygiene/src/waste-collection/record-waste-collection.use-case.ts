import { Injectable } from '@nestjs/common';
import { WasteCollectedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { rejectDuplicate, uuidv7 } from '@houqin/platform-database';
import { requireText } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { WasteContainerRepository } from '../waste-container/waste-container.repository';
import { WasteLabels } from '../waste-container/waste-labels';
import { requireCollectable, requireSaneWeight, stepTime } from './custody-rules';
import { WasteCollectionRow } from './waste-collection.entity';
import { RecordWasteCollectionInput } from './waste-collection.inputs';
import { WasteCollectionRepository } from './waste-collection.repository';
import { wasteCollectionFacts } from './waste-collection-facts';
import { WasteCollectionStatus } from './waste-collection-status';

/** 收集称重: the collector scans a container at its ward and records the load's weight; the collector's signature is the caller. */
@Injectable()
export class RecordWasteCollection {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly labels: WasteLabels,
    private readonly containers: WasteContainerRepository,
    private readonly repository: WasteCollectionRepository,
  ) {}

  /** What the input must be before anything is read: a label code and a positive whole number of grams. */
  static validate(input: RecordWasteCollectionInput): { labelCode: string; weightGrams: number; collectedAt: Date | null } {
    return { labelCode: requireText('labelCode', input.labelCode, 100), weightGrams: input.weightGrams, collectedAt: input.collectedAt ?? null };
  }

  execute(identity: Identity, input: RecordWasteCollectionInput): Promise<WasteCollectionRow> {
    const valid = RecordWasteCollection.validate(input);
    const containerId = this.labels.containerId(valid.labelCode);
    return this.unitOfWork.run(async (manager) => {
      // Locked: two collectors scanning the same bin at once are one load and one refusal, not two loads.
      const container = await this.containers.findVisible(identity, containerId, manager, true);
      const weightGrams = requireSaneWeight(container.kind, valid.weightGrams);
      requireCollectable(container.kind, await this.repository.containerHistory(manager, container.id));
      const now = new Date();
      const row: WasteCollectionRow = {
        id: uuidv7(),
        campusId: container.campusId,
        containerId: container.id,
        departmentId: container.departmentId,
        category: container.category,
        weightGrams,
        status: WasteCollectionStatus.COLLECTED,
        collectedAt: stepTime('collectedAt', valid.collectedAt, null, now),
        collectedBy: identity.subject,
        collectorStaffId: identity.staffId,
        collectorName: identity.name,
        handedOverAt: null,
        wardSignerStaffId: null,
        wardSignerName: null,
        storedAt: null,
        transferId: null,
        transferredAt: null,
      };
      await rejectDuplicate('waste_collection_open_container_uq', 'WasteCollection', container.id, () => manager.insert(WasteCollectionRow, row));
      const actor = { subject: identity.subject, staffId: identity.staffId, name: identity.name };
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'waste_collection.collect', entityType: 'WasteCollection', entityId: row.id, campusId: row.campusId, before: null, after: row },
          events: [changeEvent(WasteCollectedV1, { ...wasteCollectionFacts(row), occurredAt: now.toISOString(), actor }, row.id)],
        },
        now,
      );
      return row;
    });
  }
}
