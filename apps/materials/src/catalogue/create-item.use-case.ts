import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { uuidv7, chosenId, rejectDuplicate } from '@houqin/platform-database';
import { DomainError, optionalText, requireText } from '@houqin/platform-errors';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { ITEM_CATEGORIES } from './item';
import { ItemRow } from './item.entity';
import { CreateItemInput } from './item.inputs';

@Injectable()
export class CreateItem {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
  ) {}

  async execute(identity: Identity, input: CreateItemInput): Promise<ItemRow> {
    const id = chosenId(identity, 'id', input.id) ?? uuidv7();
    if (!ITEM_CATEGORIES.includes(input.category)) throw new DomainError('INVALID_INPUT', { detail: `category ${String(input.category)}` });
    const now = new Date();
    const row: ItemRow = {
      id,
      code: requireText('code', input.code, 32),
      name: requireText('name', input.name, 100),
      nameEn: optionalText('nameEn', input.nameEn, 100),
      unit: requireText('unit', input.unit, 32),
      category: input.category,
      tracksExpiry: input.tracksExpiry ?? false,
      durable: input.durable ?? false,
      active: true,
      createdAt: now,
      updatedAt: now,
    };
    return rejectDuplicate('PK_item', 'Item', id, () =>
      rejectDuplicate('item_code_uq', 'Item', row.code, () =>
        this.unitOfWork.run(async (manager) => {
          await manager.insert(ItemRow, row);
          await this.changes.record(manager, identity, {
            audit: { action: 'item.created', entityType: 'Item', entityId: id, campusId: null, before: null, after: row },
          });
          return row;
        }),
      ),
    );
  }
}
