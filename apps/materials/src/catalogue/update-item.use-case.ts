import { rejectDuplicate } from '@houqin/platform-database';
import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { DomainError, notFound, optionalText, requireText, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { ITEM_CATEGORIES } from './item';
import { ItemRow } from './item.entity';
import { UpdateItemInput } from './item.inputs';

@Injectable()
export class UpdateItem {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
  ) {}

  async execute(identity: Identity, input: UpdateItemInput): Promise<ItemRow> {
    const id = requireUuid('id', input.id);
    if (input.category != null && !ITEM_CATEGORIES.includes(input.category))
      throw new DomainError('INVALID_INPUT', { detail: `category ${String(input.category)}` });
    const changes: Partial<ItemRow> = {
      ...(input.code != null && { code: requireText('code', input.code, 32) }),
      ...(input.name != null && { name: requireText('name', input.name, 100) }),
      ...(input.nameEn != null && { nameEn: optionalText('nameEn', input.nameEn, 100) }),
      ...(input.unit != null && { unit: requireText('unit', input.unit, 32) }),
      ...(input.category != null && { category: input.category }),
      ...(input.tracksExpiry != null && { tracksExpiry: input.tracksExpiry }),
      ...(input.durable != null && { durable: input.durable }),
      ...(input.active != null && { active: input.active }),
    };
    return rejectDuplicate('item_code_uq', 'Item', changes.code ?? '', () =>
      this.unitOfWork.run(async (manager) => {
        const before = await manager.findOne(ItemRow, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!before) throw notFound('Item', id);
        const after: ItemRow = { ...before, ...changes, updatedAt: new Date() };
        await manager.update(ItemRow, { id }, after);
        await this.changes.record(manager, identity, { audit: { action: 'item.updated', entityType: 'Item', entityId: id, campusId: null, before, after } });
        return after;
      }),
    );
  }
}
