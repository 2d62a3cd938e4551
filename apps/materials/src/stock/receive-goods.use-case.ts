import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { uuidv7, chosenId, rejectDuplicate } from '@houqin/platform-database';
import { notFound, optionalIsoDate, optionalText, requireNonNegativeInt, requirePositiveInt, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { chinaToday } from '@houqin/platform-calendar';
import { ItemRepository } from '../catalogue/item.repository';
import { optionalPastTime, requireLines } from '../common/input-rules';
import { WarehouseRepository } from '../warehouse/warehouse.repository';
import { GoodsReceiptRow } from './goods-receipt.entity';
import { ReceiveGoodsInput } from './stock.inputs';
import { checkReceivedLot, GoodsReceiptBooking } from './goods-receipt-booking';
import { StockLotRow } from './stock-lot.entity';

const MAX_LINES = 200;

/** 入库: books a delivery into a campus warehouse, one new stock lot per line. */
@Injectable()
export class ReceiveGoods {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly booking: GoodsReceiptBooking,
    private readonly warehouses: WarehouseRepository,
    private readonly items: ItemRepository,
  ) {}

  async execute(identity: Identity, input: ReceiveGoodsInput): Promise<{ receipt: GoodsReceiptRow; lots: StockLotRow[] }> {
    const now = new Date();
    const receiptId = chosenId(identity, 'id', input.id) ?? uuidv7();
    const receivedAt = optionalPastTime('receivedAt', input.receivedAt, now) ?? now;
    const supplierName = optionalText('supplierName', input.supplierName, 100);
    const lines = requireLines('lines', input.lines, MAX_LINES).map((line, index) => ({
      lotId: chosenId(identity, `lines[${index}].lotId`, line.lotId) ?? uuidv7(),
      itemId: requireUuid(`lines[${index}].itemId`, line.itemId),
      quantity: requirePositiveInt(`lines[${index}].quantity`, line.quantity),
      unitCostFen: requireNonNegativeInt(`lines[${index}].unitCostFen`, line.unitCostFen),
      expiresOn: optionalIsoDate(`lines[${index}].expiresOn`, line.expiresOn),
      batchNo: optionalText(`lines[${index}].batchNo`, line.batchNo, 32),
    }));
    const warehouse = await this.warehouses.getVisible(identity, 'warehouseId', input.warehouseId);
    const items = await this.items.findByIds(lines.map((line) => line.itemId));
    const unknown = lines.find((line) => !items.has(line.itemId));
    if (unknown) throw notFound('Item', unknown.itemId);
    const today = chinaToday(now);
    for (const line of lines) checkReceivedLot(items.get(line.itemId)!, line.expiresOn, today);

    const receipt: GoodsReceiptRow = {
      id: receiptId,
      campusId: warehouse.campusId,
      warehouseId: warehouse.id,
      supplierName,
      receivedAt,
      receivedBySubject: identity.subject,
      receivedByName: identity.name,
      purchaseOrderId: null,
      deliveryNoteNo: null,
      invoiceNo: null,
    };
    const lots: StockLotRow[] = lines.map((line) => ({
      id: line.lotId,
      campusId: warehouse.campusId,
      warehouseId: warehouse.id,
      itemId: line.itemId,
      goodsReceiptId: receiptId,
      batchNo: line.batchNo,
      quantityReceived: line.quantity,
      quantityRemaining: line.quantity,
      unitCostFen: line.unitCostFen,
      receivedAt,
      expiresOn: line.expiresOn,
    }));
    return rejectDuplicate('PK_goods_receipt', 'GoodsReceipt', receiptId, () =>
      rejectDuplicate('PK_stock_lot', 'StockLot', lots.map((lot) => lot.id).join(', '), () =>
        this.unitOfWork.run(async (manager) => {
          await this.booking.book(manager, identity, receipt, lots);
          await this.changes.record(manager, identity, {
            audit: {
              action: 'goods.received',
              entityType: 'GoodsReceipt',
              entityId: receiptId,
              campusId: warehouse.campusId,
              before: null,
              after: { ...receipt, lots },
            },
          });
          return { receipt, lots };
        }),
      ),
    );
  }
}
