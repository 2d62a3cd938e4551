import manifest from '../service.json';
import { MATERIALS_ERRORS } from './materials.errors';
import { ORG_REPLICA_ENTITIES, ORG_REPLICA_MIGRATIONS } from '@houqin/platform-org-replica';
import { ServiceDefinition } from '@houqin/platform-service';
import { DepartmentMaterialsStatementRow } from './cost/cost-statement.entity';
import { StockCoverAlertRow } from './stock/stock-cover-alert.entity';
import { StockPolicy1764100000700 } from './migrations/1764100000700-stock-policy';
import { KpiIndexes1764100001100 } from './migrations/1764100001100-kpi-indexes';
import { DepartmentMaterialsStatement1764100000600 } from './migrations/1764100000600-department-materials-statement';
import { ItemRow } from './catalogue/item.entity';
import { StockIssueLineRow, StockIssueLotRow, StockIssueRow } from './stock-issue/stock-issue.entity';
import { StockShortageRow } from './stock-issue/stock-shortage.entity';
import { CreateMaterialsTables1764100000000 } from './migrations/1764100000000-create-materials-tables';
import { GoodsReceiptRow } from './stock/goods-receipt.entity';
import { ReorderPointRow } from './stock/reorder-point.entity';
import { StockLotRow } from './stock/stock-lot.entity';
import { StockMovementRow } from './stock/stock-movement.entity';
import { StockLedger1764100000100 } from './migrations/1764100000100-stock-ledger';
import { WarehouseRow } from './warehouse/warehouse.entity';
import { StockTransferLineRow, StockTransferRow } from './stock-transfer/stock-transfer.entity';
import { StockReturnLineRow, StockReturnLotRow, StockReturnRow } from './stock-return/stock-return.entity';
import { StockAdjustmentLineRow, StockAdjustmentRow } from './stock-adjustment/stock-adjustment.entity';
import { TransfersReturnsAdjustments1764100000200 } from './migrations/1764100000200-transfers-returns-adjustments';
import { ImportJobs1764100000400 } from './migrations/1764100000400-import-jobs';
import { ImportJobErrorRow, ImportJobFileRow, ImportJobRow } from './import/import-job.entity';
import { LotExpiry1764100000300 } from './migrations/1764100000300-lot-expiry';
import { LotExpiryAlertRow } from './expiry/lot-expiry-alert.entity';
import { Requisitions1764100000500 } from './migrations/1764100000500-requisitions';
import {
  RequisitionHistoryRow,
  RequisitionIssueRow,
  RequisitionLineRow,
  RequisitionOldUnitRow,
  RequisitionPolicyRow,
  RequisitionRow,
} from './requisition/requisition.entity';
import { Stocktakes1764100001000 } from './migrations/1764100001000-stocktakes';
import { StocktakeCountRow, StocktakeLineRow, StocktakeRow } from './stocktake/stocktake.entity';
import { SuppliersContracts1764100000800 } from './migrations/1764100000800-suppliers-contracts';
import { PriceExceptionRow, SupplierContractPriceRow, SupplierContractRow, SupplierRow } from './supplier/supplier.entity';
import { Purchasing1764100000900 } from './migrations/1764100000900-purchasing';
import { SecondaryStores1764100001200 } from './migrations/1764100001200-secondary-stores';
import { DocumentNumberCounter1764100005000 } from './migrations/1764100005000-document-number-counter';
import { PurchaseRequestLineRow, PurchaseRequestRow, PurchaseRequestSourceRow } from './purchasing/purchase-request.entity';
import { PurchaseOrderLineRow, PurchaseOrderRow, PurchaseReceiptLineRow } from './purchasing/purchase-order.entity';

export const materialsDefinition: ServiceDefinition = {
  name: 'materials',
  defaultPort: manifest.port,
  errors: MATERIALS_ERRORS,
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
    ImportJobRow,
    ImportJobFileRow,
    ImportJobErrorRow,
    LotExpiryAlertRow,
    DepartmentMaterialsStatementRow,
    StockCoverAlertRow,
    RequisitionRow,
    RequisitionLineRow,
    RequisitionHistoryRow,
    RequisitionIssueRow,
    RequisitionOldUnitRow,
    RequisitionPolicyRow,
    StocktakeRow,
    StocktakeLineRow,
    StocktakeCountRow,
    SupplierRow,
    SupplierContractRow,
    SupplierContractPriceRow,
    PriceExceptionRow,
    PurchaseRequestRow,
    PurchaseRequestLineRow,
    PurchaseRequestSourceRow,
    PurchaseOrderRow,
    PurchaseOrderLineRow,
    PurchaseReceiptLineRow,
  ],
  migrations: [
    ...ORG_REPLICA_MIGRATIONS,
    CreateMaterialsTables1764100000000,
    StockLedger1764100000100,
    TransfersReturnsAdjustments1764100000200,
    LotExpiry1764100000300,
    ImportJobs1764100000400,
    Requisitions1764100000500,
    DepartmentMaterialsStatement1764100000600,
    StockPolicy1764100000700,
    Stocktakes1764100001000,
    SuppliersContracts1764100000800,
    Purchasing1764100000900,
    KpiIndexes1764100001100,
    SecondaryStores1764100001200,
    DocumentNumberCounter1764100005000,
  ],
};
