import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { DomainError, notFound, requireNonNegativeInt, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { ItemRepository } from '../catalogue/item.repository';
import { WarehouseRepository } from '../warehouse/warehouse.repository';
import { WarehouseRow } from '../warehouse/warehouse.entity';
import { ReorderPointRow } from './reorder-point.entity';
import { SetReorderPointInput } from './stock.inputs';

/** 补货策略: the reorder point, fill-up level, lead time and emergency reserve of an item in a warehouse. */
@Injectable()
export class SetReorderPoint {
  constructor(
    private readonly changes: ChangeRecorder,
    private readonly unitOfWork: UnitOfWork,
    private readonly warehouses: WarehouseRepository,
    private readonly items: ItemRepository,
  ) {}

  async execute(identity: Identity, input: SetReorderPointInput): Promise<{ warehouse: WarehouseRow; itemId: string }> {
    const itemId = requireUuid('itemId', input.itemId);
    const reorderPoint = requireNonNegativeInt('reorderPoint', input.reorderPoint);
    const maxLevel = input.maxLevel == null ? null : requireNonNegativeInt('maxLevel', input.maxLevel);
    if (maxLevel !== null && maxLevel < reorderPoint) throw new DomainError('INVALID_INPUT', { detail: 'maxLevel must be at least reorderPoint' });
    const leadTimeDays = input.leadTimeDays == null ? 0 : requireNonNegativeInt('leadTimeDays', input.leadTimeDays);
    const reserveDays = input.reserveDays == null ? null : requireNonNegativeInt('reserveDays', input.reserveDays);
    if (leadTimeDays > 365 || (reserveDays !== null && (reserveDays < 1 || reserveDays > 365))) {
      throw new DomainError('INVALID_INPUT', { detail: 'leadTimeDays 0–365, reserveDays 1–365' });
    }
    const warehouse = await this.warehouses.getVisible(identity, 'warehouseId', input.warehouseId);
    if (!(await this.items.findById(itemId))) throw notFound('Item', itemId);
    await this.unitOfWork.run(async (manager) => {
      const key = { warehouseId: warehouse.id, itemId };
      const before = await manager.findOne(ReorderPointRow, { where: key, lock: { mode: 'pessimistic_write' } });
      const after: ReorderPointRow = { ...key, campusId: warehouse.campusId, reorderPoint, maxLevel, leadTimeDays, reserveDays, updatedAt: new Date() };
      await manager.upsert(ReorderPointRow, after, ['warehouseId', 'itemId']);
      await this.changes.record(manager, identity, {
        audit: {
          action: 'reorder-point.set',
          entityType: 'ReorderPoint',
          entityId: itemId,
          campusId: warehouse.campusId,
          before,
          after,
        },
      });
    });
    return { warehouse, itemId };
  }
}
