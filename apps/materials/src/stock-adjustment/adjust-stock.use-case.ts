import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { DomainError, notFound, optionalText, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { requireLines } from '../common/input-rules';
import { lockLotsById } from '../stock/lot-locks';
import { WarehouseRepository } from '../warehouse/warehouse.repository';
import { requireAdjustmentNote, requireAdjustmentReason, requireQuantityDelta } from './adjustment-rules';
import { StockAdjustmentBooking } from './stock-adjustment-booking';
import { StockAdjustmentRow } from './stock-adjustment.entity';
import { AdjustStockInput } from './stock-adjustment.inputs';

const MAX_LINES = 200;

/**
 * 调整: a campus admin corrects lots of one warehouse after a count, damage, expiry or a find. The lots named
 * are locked and must be of the warehouse; `StockAdjustmentBooking` checks each line and books it.
 */
@Injectable()
export class AdjustStock {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly warehouses: WarehouseRepository,
    private readonly booking: StockAdjustmentBooking,
  ) {}

  async execute(identity: Identity, input: AdjustStockInput): Promise<StockAdjustmentRow> {
    const reason = requireAdjustmentReason(input.reason);
    const note = optionalText('note', input.note, 2000);
    requireAdjustmentNote(reason, note);
    const lines = requireLines('lines', input.lines, MAX_LINES).map((line, index) => ({
      lotId: requireUuid(`lines[${index}].lotId`, line.lotId),
      quantityDelta: requireQuantityDelta(`lines[${index}].quantityDelta`, line.quantityDelta),
    }));
    const twice = lines.find((line, index) => lines.findIndex((other) => other.lotId === line.lotId) !== index);
    if (twice) throw new DomainError('INVALID_INPUT', { detail: `lines: the lot ${twice.lotId} is named more than once` });
    const warehouse = await this.warehouses.getVisible(identity, 'warehouseId', input.warehouseId);

    return this.unitOfWork.run(async (manager) => {
      const locked = await lockLotsById(
        manager,
        lines.map((line) => line.lotId),
      );
      const lots = new Map(locked.filter((lot) => lot.warehouseId === warehouse.id).map((lot) => [lot.id, lot]));
      const missing = lines.find((line) => !lots.has(line.lotId));
      if (missing) throw notFound('StockLot', missing.lotId);
      const { adjustment } = await this.booking.book(manager, identity, {
        warehouse,
        reason,
        note,
        lines: lines.map((line) => ({ lot: lots.get(line.lotId)!, quantityDelta: line.quantityDelta })),
        at: new Date(),
      });
      return adjustment;
    });
  }
}
