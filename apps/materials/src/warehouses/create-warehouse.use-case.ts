import { Inject, Injectable } from '@nestjs/common';
import { recordAudit } from '@houqin/platform-audit';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { uuidv7, chosenId, rejectDuplicate } from '@houqin/platform-database';
import { forbidden, requireText, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { WarehouseRow } from './warehouse.entity';
import { CreateWarehouseInput } from './warehouse.inputs';

@Injectable()
export class CreateWarehouseUseCase {
  constructor(
    @Inject(UnitOfWork) private readonly unitOfWork: UnitOfWork,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  async execute(identity: Identity, input: CreateWarehouseInput): Promise<WarehouseRow> {
    const id = chosenId(identity, 'id', input.id) ?? uuidv7();
    const campusId = requireUuid('campusId', input.campusId);
    if (!CampusScope.of(identity).allows(campusId)) throw forbidden();
    const row: WarehouseRow = { id, campusId, code: requireText('code', input.code, 32), name: requireText('name', input.name, 100), createdAt: new Date() };
    return rejectDuplicate('PK_warehouse', 'Warehouse', id, () =>
      rejectDuplicate('warehouse_campus_uq', 'Warehouse', campusId, () =>
        this.unitOfWork.run(async (manager) => {
          await this.directory.requireCampus(manager, campusId);
          await manager.insert(WarehouseRow, row);
          await recordAudit(manager, identity, { action: 'warehouse.created', entityType: 'Warehouse', entityId: id, campusId, before: null, after: row });
          return row;
        }),
      ),
    );
  }
}
