import { Injectable } from '@nestjs/common';
import { WasteStoredV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { UnitOfWork } from '@houqin/platform-events';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { requireCollectionIds, stepTime } from './custody-rules';
import { WasteCollectionRow } from './waste-collection.entity';
import { WasteCollectionsStepInput } from './waste-collection.inputs';
import { WasteCollectionRepository } from './waste-collection.repository';
import { WasteCollectionAction, WASTE_COLLECTION_LIFECYCLE } from './waste-collection-lifecycle';
import { wasteCollectionFacts } from './waste-collection-facts';

/** 暂存间入库: the collector brings a cart of signed-over loads into the temporary store; all of them or none. */
@Injectable()
export class StoreWasteCollections {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly transitions: TransitionRunner,
    private readonly repository: WasteCollectionRepository,
  ) {}

  execute(identity: Identity, input: WasteCollectionsStepInput): Promise<WasteCollectionRow[]> {
    const ids = requireCollectionIds(input.collectionIds);
    const actor = { subject: identity.subject, staffId: identity.staffId, name: identity.name };
    return this.unitOfWork.run(async (manager) => {
      const rows: WasteCollectionRow[] = [];
      for (const id of ids) {
        rows.push(
          await this.transitions.runIn(manager, identity, WASTE_COLLECTION_LIFECYCLE, {
            action: WasteCollectionAction.STORE,
            load: (m) => this.repository.findVisible(identity, id, m, true),
            apply: (row, at) => {
              row.storedAt = stepTime('at', input.at, row.handedOverAt, at);
            },
            event: {
              contract: WasteStoredV1,
              data: (row, at) => ({ ...wasteCollectionFacts(row), storedAt: (row.storedAt as Date).toISOString(), occurredAt: at.toISOString(), actor }),
            },
          }),
        );
      }
      return rows;
    });
  }
}
