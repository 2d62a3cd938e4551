import {
  GoodsReceivedV1,
  StockAdjustedV1,
  StockBelowReorderPointV1,
  StockIssuedV1,
  StockReturnedV1,
  StockShortageRecordedV1,
  StockTransferDispatchedV1,
  StockTransferReceivedV1,
  topicsOf,
} from '@houqin/contracts';
import { CreateOrgReplica1764000000000, ORG_REPLICA_ENTITIES, OrgReplicaBuildings1764000000001, orgReplicaConsumer } from '@houqin/platform-org-replica';
import { ServiceDefinition } from '@houqin/platform-service';
import { ItemRow } from './catalogue/item.entity';
import { StockIssueLineRow, StockIssueLotRow, StockIssueRow } from './issues/stock-issue.entity';
import { StockShortageRow } from './issues/stock-shortage.entity';
import { PARTS_ISSUER_GROUP, WorkOrderCompletedHandler } from './issues/work-order-completed.handler';
import { CreateMaterialsTables1764100000000 } from './migrations/1764100000000-create-materials-tables';
import { GoodsReceiptRow } from './stock/goods-receipt.entity';
import { ReorderPointRow } from './stock/reorder-point.entity';
import { StockLotRow } from './stock/stock-lot.entity';
import { StockMovementRow } from './stock/stock-movement.entity';
import { StockLedger1764100000100 } from './migrations/1764100000100-stock-ledger';
import { WarehouseRow } from './warehouses/warehouse.entity';
import { StockTransferLineRow, StockTransferRow } from './transfers/stock-transfer.entity';
import { StockReturnLineRow, StockReturnLotRow, StockReturnRow } from './returns/stock-return.entity';
import { StockAdjustmentLineRow, StockAdjustmentRow } from './adjustments/stock-adjustment.entity';
import { TransfersReturnsAdjustments1764100000200 } from './migrations/1764100000200-transfers-returns-adjustments';

export const materialsDefinition: ServiceDefinition = {
  name: 'materials',
  defaultPort: 4003,
  entities: [
    ...ORG_REPLICA_ENTITIES,
    ItemRow,
    WarehouseRow,
    GoodsReceiptRow,
    StockLotRow,
    ReorderPointRow,
    StockIssueRow,
    StockIssueLineRow,
    StockIssueLotRow,
    StockShortageRow,
    StockMovementRow,
    StockTransferRow,
    StockTransferLineRow,
    StockReturnRow,
    StockReturnLineRow,
    StockReturnLotRow,
    StockAdjustmentRow,
    StockAdjustmentLineRow,
  ],
  migrations: [
    CreateOrgReplica1764000000000,
    OrgReplicaBuildings1764000000001,
    CreateMaterialsTables1764100000000,
    StockLedger1764100000100,
    TransfersReturnsAdjustments1764100000200,
  ],
  producedTopics: topicsOf([
    StockIssuedV1,
    StockShortageRecordedV1,
    GoodsReceivedV1,
    StockBelowReorderPointV1,
    StockTransferDispatchedV1,
    StockTransferReceivedV1,
    StockReturnedV1,
    StockAdjustedV1,
  ]),
  consumers: [orgReplicaConsumer('materials'), { groupId: PARTS_ISSUER_GROUP, handlers: [WorkOrderCompletedHandler] }],
};
