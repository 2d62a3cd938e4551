import { Inject, Injectable } from '@nestjs/common';
import { recordAudit } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { notFound, requireNonNegativeInt, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ItemRepository } from '../catalogue/item.repository';
import { WarehouseRepository } from '../warehouses/warehouse.repository';
import { WarehouseRow } from '../warehouses/warehouse.entity';
import { ReorderPointRow } from './reorder-point.entity';
import { SetReorderPointInput } from './stock.inputs';

@Injectable()
export class SetReorderPointUseCase {
  constructor(
    @Inject(UnitOfWork) private readonly unitOfWork: UnitOfWork,
    private readonly warehouses: WarehouseRepository,
    private readonly items: ItemRepository,
  ) {}

  async execute(identity: Identity, input: SetReorderPointInput): Promise<{ warehouse: WarehouseRow; itemId: string }> {
    const itemId = requireUuid('itemId', input.itemId);
    const reorderPoint = requireNonNegativeInt('reorderPoint', input.reorderPoint);
    const warehouse = await this.warehouses.getVisible(identity, 'warehouseId', input.warehouseId);
    if (!(await this.items.findById(itemId))) throw notFound('Item', itemId);
    await this.unitOfWork.run(async (manager) => {
      const key = { warehouseId: warehouse.id, itemId };
      const before = await manager.findOne(ReorderPointRow, { where: key, lock: { mode: 'pessimistic_write' } });
      const after: ReorderPointRow = { ...key, campusId: warehouse.campusId, reorderPoint, updatedAt: new Date() };
      await manager.upsert(ReorderPointRow, after, ['warehouseId', 'itemId']);
      await recordAudit(manager, identity, {
        action: 'reorder-point.set',
        entityType: 'ReorderPoint',
        entityId: itemId,
        campusId: warehouse.campusId,
        before,
        after,
      });
    });
    return { warehouse, itemId };
  }
}
