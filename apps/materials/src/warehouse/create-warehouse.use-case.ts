import { Injectable } from '@nestjs/common';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { uuidv7, chosenId, rejectDuplicate } from '@houqin/platform-database';
import { DomainError, forbidden, requireText, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { WarehouseKind } from './warehouse-kind';
import { WarehouseRow } from './warehouse.entity';
import { CreateWarehouseInput } from './warehouse.inputs';

@Injectable()
export class CreateWarehouse {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  async execute(identity: Identity, input: CreateWarehouseInput): Promise<WarehouseRow> {
    const id = chosenId(identity, 'id', input.id) ?? uuidv7();
    const campusId = requireUuid('campusId', input.campusId);
    if (!CampusScope.of(identity).allows(campusId)) throw forbidden();
    const kind = input.kind ?? WarehouseKind.CENTRAL;
    if (!Object.values<string>(WarehouseKind).includes(kind)) throw new DomainError('INVALID_INPUT', { detail: `kind: unknown warehouse kind ${kind}` });
    const row: WarehouseRow = {
      id,
      campusId,
      kind,
      code: requireText('code', input.code, 32),
      name: requireText('name', input.name, 100),
      createdAt: new Date(),
    };
    return rejectDuplicate('PK_warehouse', 'Warehouse', id, () =>
      // A campus's second central store is refused: work-order parts and the KPIs' defaults need exactly one.
      rejectDuplicate('warehouse_central_uq', 'Warehouse', `${campusId} (${WarehouseKind.CENTRAL})`, () =>
        this.unitOfWork.run(async (manager) => {
          await this.directory.requireCampus(manager, campusId);
          await manager.insert(WarehouseRow, row);
          await this.changes.record(manager, identity, {
            audit: { action: 'warehouse.created', entityType: 'Warehouse', entityId: id, campusId, before: null, after: row },
          });
          return row;
        }),
      ),
    );
  }
}
