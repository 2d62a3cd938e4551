import { GoodsReceivedV1, StockBelowReorderPointV1, StockIssuedV1, StockShortageRecordedV1, topicsOf } from '@houqin/contracts';
import { ServiceDefinition } from '@houqin/platform-service';
import { ItemRow } from './catalogue/item.entity';
import { StockIssueLineRow, StockIssueLotRow, StockIssueRow } from './issues/stock-issue.entity';
import { StockShortageRow } from './issues/stock-shortage.entity';
import { PARTS_ISSUER_GROUP, WorkOrderCompletedHandler } from './issues/work-order-completed.handler';
import { CreateMaterialsTables1764100000000 } from './migrations/1764100000000-create-materials-tables';
import { GoodsReceiptRow } from './stock/goods-receipt.entity';
import { ReorderPointRow } from './stock/reorder-point.entity';
import { StockLotRow } from './stock/stock-lot.entity';
import { WarehouseRow } from './warehouses/warehouse.entity';

export const materialsDefinition: ServiceDefinition = {
  name: 'materials',
  defaultPort: 4003,
  entities: [ItemRow, WarehouseRow, GoodsReceiptRow, StockLotRow, ReorderPointRow, StockIssueRow, StockIssueLineRow, StockIssueLotRow, StockShortageRow],
  migrations: [CreateMaterialsTables1764100000000],
  producedTopics: topicsOf([StockIssuedV1, StockShortageRecordedV1, GoodsReceivedV1, StockBelowReorderPointV1]),
  consumers: [{ groupId: PARTS_ISSUER_GROUP, handlers: [WorkOrderCompletedHandler] }],
};
