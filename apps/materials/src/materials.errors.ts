import { defineServiceEntities, defineServiceErrors } from '@houqin/platform-errors';

/**
 * The materials service's error codes (物资), with their zh-CN and en messages; placeholders in braces are filled
 * from the error's params. Merged with the platform's into the one catalogue clients see (docs/errors.md).
 */
export const MATERIALS_ERRORS = defineServiceErrors('materials', {
  INSUFFICIENT_STOCK: {
    'zh-CN': '库存不足：{item} 需要 {requested}，可用 {available}',
    en: 'Not enough stock: {item} needs {requested}, {available} available',
  },
  /** A calendar month of the hospital (Beijing time), as reports and KPIs take it. */
  INVALID_MONTH: {
    'zh-CN': '{field} 不是有效的月份（格式为 YYYY-MM，如 2026-01）：{value}',
    en: '{field} is not a valid month (YYYY-MM, e.g. 2026-01): {value}',
  },
  KPI_TREND_TOO_LONG: {
    'zh-CN': '指标趋势最多 {max} 个月（{fromMonth} 至 {toMonth} 超出）',
    en: 'A KPI trend covers at most {max} months ({fromMonth} to {toMonth} is longer)',
  },
  /** Stock lots with expiry (效期管理). */
  EXPIRY_REQUIRED: { 'zh-CN': '{item} 须登记有效期', en: '{item} needs an expiry date on every lot' },
  LOT_EXPIRED: { 'zh-CN': '{item} 的批次已于 {expiresOn} 过期，不能入库', en: 'The lot of {item} expired on {expiresOn} and cannot be received' },
  EXPIRY_WINDOW_OUT_OF_RANGE: {
    'zh-CN': '{field} 须为 {min} 到 {max} 之间的天数：{value}',
    en: '{field} must be a number of days from {min} to {max}: {value}',
  },
  /** Stock transfers (调拨), returns (退库) and adjustments (调整). */
  TRANSFER_SAME_WAREHOUSE: { 'zh-CN': '调出仓库与调入仓库不能相同', en: 'A transfer must go to another warehouse' },
  TRANSFER_ALREADY_RECEIVED: { 'zh-CN': '调拨单 {id} 已签收，不能重复签收', en: 'The transfer {id} has already been received' },
  RETURN_EXCEEDS_ISSUED: {
    'zh-CN': '退库超量：{item} 出库 {issued}，已退 {returned}，最多还可退 {returnable}，本次申请 {requested}',
    en: 'Cannot return {requested} of {item}: {issued} were issued and {returned} already returned, so at most {returnable} can come back',
  },
  ADJUSTMENT_EXCEEDS_LOT: {
    'zh-CN': '批次库存不足：{item} 批次 {lotId} 余 {available}，不能减少 {requested}',
    en: 'Not enough in the lot: {item} lot {lotId} holds {available}, cannot take {requested}',
  },
  ADJUSTMENT_DIRECTION: { 'zh-CN': '调整原因“{reasonZh}”只能{directionZh}库存', en: 'An adjustment for {reason} can only {direction} stock' },
  ADJUSTMENT_LOT_NOT_EXPIRED: {
    'zh-CN': '{item} 批次 {lotId} 有效期至 {expiresOn}，未过期，不能按过期报废',
    en: 'The lot {lotId} of {item} has not expired ({expiresOn}); it cannot be written off as expired',
  },
  ADJUSTMENT_NOTE_REQUIRED: { 'zh-CN': '调整原因为“其他”时须填写说明', en: 'An adjustment for reason OTHER needs a note' },
  /** Requisitions (科室申领): approval chain, backorders and 领新交旧. */
  REQUISITION_ILLEGAL_TRANSITION: { 'zh-CN': '{entityZh}：当前状态为“{fromZh}”，不能{actionZh}', en: 'Cannot {action} {entity} that is {from}' },
  REQUISITION_REQUESTER_HAS_NO_DEPARTMENT: {
    'zh-CN': '{name} 在人员名册中没有所属科室，不能申领',
    en: '{name} has no department in the staff directory and cannot raise a requisition',
  },
  REQUISITION_NOT_DEPARTMENT_STAFF: {
    'zh-CN': '{name} 不是“{department}”的人员，不能为该科室申领',
    en: '{name} is not on the staff of {department} and cannot requisition for it',
  },
  REQUISITION_SELF_APPROVAL: {
    'zh-CN': '申领单 {number} 由您提交或为您申领，须由他人审批',
    en: 'Requisition {number} was submitted by or for you; someone else must approve or reject it',
  },
  REQUISITION_SAME_APPROVER: {
    'zh-CN': '您已作为科室负责人审批过申领单 {number}，物资科审批须由他人进行',
    en: 'You approved requisition {number} for the department; the materials office approval must come from someone else',
  },
  REQUISITION_APPROVER_NOT_ELIGIBLE: {
    'zh-CN': '申领单 {number} 待{approverZh}审批，您无权审批',
    en: 'Requisition {number} awaits approval by {approver}; you cannot approve or reject it',
  },
  REQUISITION_ITEM_NOT_ON_REQUISITION: { 'zh-CN': '申领单 {number} 中没有 {item}', en: 'Requisition {number} has no line for {item}' },
  REQUISITION_APPROVAL_EXCEEDS_REQUEST: {
    'zh-CN': '{item} 最多可批准 {limit}，不能批准 {quantity}',
    en: 'At most {limit} of {item} can be approved, not {quantity}',
  },
  REQUISITION_NOTHING_APPROVED: { 'zh-CN': '各行批准数量均为 0，请驳回申领单', en: 'Every line would be approved at 0; reject the requisition instead' },
  REQUISITION_ISSUE_EXCEEDS_OUTSTANDING: {
    'zh-CN': '超出待发数量：{item} 批准 {approved}，已发 {issued}，尚待发 {outstanding}，本次发放 {requested}',
    en: 'Cannot issue {requested} of {item}: {approved} approved, {issued} already issued, {outstanding} outstanding',
  },
  REQUISITION_OLD_UNITS_MISSING: {
    'zh-CN': '{item} 须领新交旧：本次发放 {issued} 件，交回旧品 {returned} 件，可免交 {exempt} 件，尚缺 {missing} 件旧品',
    en: '{item} is issued new-for-old (领新交旧): {issued} issued, {returned} old units handed back, {exempt} exempt; {missing} old units missing',
  },
  REQUISITION_OLD_UNITS_EXCEED_ISSUED: {
    'zh-CN': '{item} 登记旧品 {returned} 件，多于本次领新交旧发放的 {issued} 件',
    en: 'Cannot take {returned} old units of {item}: {issued} were issued new-for-old on this issue',
  },
  REQUISITION_LOST_NOTE_REQUIRED: { 'zh-CN': '{item} 旧品遗失须填写说明', en: 'A lost old unit of {item} needs a note' },
  REQUISITION_EXEMPTION_NOT_DURABLE: { 'zh-CN': '{item} 不属于领新交旧物资，无需免交旧品', en: '{item} is not issued new-for-old; it needs no exemption' },
  REQUISITION_EXEMPTION_OUT_OF_RANGE: {
    'zh-CN': '{item} 免交旧品数量须在 {min} 到 {max} 之间',
    en: 'The exemption for {item} must be from {min} to {max} units',
  },
  /** Stocktakes (盘点): snapshot, blind count, review, approval into one adjustment. */
  STOCKTAKE_ILLEGAL_TRANSITION: { 'zh-CN': '{entityZh}：当前状态为“{fromZh}”，不能{actionZh}', en: 'Cannot {action} {entity} that is {from}' },
  STOCKTAKE_NOTHING_TO_COUNT: {
    'zh-CN': '所选范围内没有需要盘点的物资（既无库存也无库存策略）',
    en: 'Nothing to count: no item in this scope has stock or a stock policy in the warehouse',
  },
  STOCKTAKE_ITEM_ALREADY_COUNTING: {
    'zh-CN': '{item} 正在本仓库的盘点单 {number} 中盘点，请先完成或取消该盘点单',
    en: '{item} is already being counted in this warehouse on stocktake {number}; finish or cancel that one first',
  },
  STOCKTAKE_ITEM_NOT_IN_SCOPE: { 'zh-CN': '{item} 不在盘点单 {number} 的盘点范围内', en: '{item} is not in the scope of stocktake {number}' },
  STOCKTAKE_LOT_NOT_IN_SCOPE: {
    'zh-CN': '批次 {lotId}（{item}）不在盘点单 {number} 的盘点表上',
    en: 'The lot {lotId} ({item}) is not on the count sheet of stocktake {number}',
  },
  STOCKTAKE_LOT_REQUIRED: {
    'zh-CN': '{item} 实行效期管理，须按批次（批号/有效期）盘点，请指明批次',
    en: '{item} tracks expiry and is counted lot by lot (batch, expiry date): name the lot',
  },
  STOCKTAKE_LINES_UNCOUNTED: {
    'zh-CN': '盘点单 {number} 还有 {uncounted} 行未盘点：请补录，或确认未盘点的按 0 计',
    en: 'Stocktake {number} has {uncounted} uncounted lines: count them, or confirm that uncounted lines are taken as 0',
  },
  STOCKTAKE_SELF_APPROVAL: {
    'zh-CN': '盘点单 {number} 由您发起或录入过盘点数，须由他人审核',
    en: 'You started stocktake {number} or entered counts on it; someone else must approve it',
  },
  STOCKTAKE_RECOUNT_NEEDED: {
    'zh-CN': '{item}（批次 {lot}）盘点后库存已变动：现余 {available}，不足以冲减盘亏 {shortfall}。请驳回盘点单并复盘',
    en: 'The stock of {item} (lot {lot}) changed after it was counted: {available} left, less than the shortfall of {shortfall}. Reject the stocktake for a recount',
  },
  STOCKTAKE_SURPLUS_WITHOUT_LOT: {
    'zh-CN': '{item} 盘盈 {surplus}，但本仓库没有该物资的任何批次可参照成本：请先办理入库，再驳回复盘',
    en: 'A surplus of {surplus} {item} cannot be costed: the warehouse has never held a lot of it. Receive it as goods first, then reject the stocktake for a recount',
  },
  /** Suppliers, supplier contracts (供货合同) and price exceptions (超合同价例外). Prices in yuan, two decimals. */
  CONTRACT_PRICE_ABOVE_MARKET: {
    'zh-CN': '{item} 的合同价 {priceYuan} 元高于签约时的市场批发价 {marketPriceYuan} 元，合同价不得高于市场批发价',
    en: 'The contract price of {item} (¥{priceYuan}) is above the market wholesale price surveyed at signing (¥{marketPriceYuan}); contract prices may not exceed it',
  },
  CONTRACT_PRICE_OVERLAP: {
    'zh-CN': '{supplier} 的 {item} 在 {from} 至 {to} 已由合同 {otherContractNo} 定价；同一供应商、物资和院区同一天只能有一个合同价',
    en: '{item} from {supplier} is already priced by contract {otherContractNo} from {from} to {to}; a supplier, item and campus have one contract price a day',
  },
  SUPPLIER_CONTRACT_TERMINATED: {
    'zh-CN': '供货合同 {contractNo} 已于 {terminatedOn} 终止',
    en: 'Supplier contract {contractNo} is already terminated from {terminatedOn}',
  },
  PRICE_ABOVE_CONTRACT: {
    'zh-CN': '{item} 单价 {priceYuan} 元高于合同 {contractNo} 的合同价 {contractPriceYuan} 元，须经超合同价例外审批',
    en: '{item} at ¥{priceYuan} is above the price of contract {contractNo} (¥{contractPriceYuan}); it needs an approved price exception',
  },
  PRICE_OFF_CONTRACT: {
    'zh-CN': '{supplier} 没有 {item} 的有效合同价（合同外采购），须经例外审批',
    en: '{supplier} has no valid contract price for {item} (off-contract purchase); it needs an approved price exception',
  },
  PRICE_EXCEPTION_NOT_USABLE: { 'zh-CN': '超合同价例外 {id} 不能使用：{reasonZh}', en: 'Price exception {id} cannot be used: {reason}' },
  PRICE_EXCEPTION_NOT_NEEDED: {
    'zh-CN': '{item} 单价 {priceYuan} 元未超过合同 {contractNo} 的合同价 {contractPriceYuan} 元，无需例外审批',
    en: '{item} at ¥{priceYuan} is within the price of contract {contractNo} (¥{contractPriceYuan}); no exception is needed',
  },
  PRICE_EXCEPTION_SELF_APPROVAL: {
    'zh-CN': '超合同价例外 {id} 由您申请，须由他人审批',
    en: 'You requested price exception {id}; someone else must approve or reject it',
  },
  PRICE_EXCEPTION_ILLEGAL_TRANSITION: { 'zh-CN': '{entityZh}：当前状态为“{fromZh}”，不能{actionZh}', en: 'Cannot {action} {entity} that is {from}' },
  /** Imports (导入) of the catalogue and opening balances: the file, then each row's problems in the report. */
  IMPORT_FILE_TOO_LARGE: { 'zh-CN': '导入文件不能超过 {maxMb} MB', en: 'An import file is at most {maxMb} MB' },
  IMPORT_FILE_TYPE: {
    'zh-CN': '导入文件须为 CSV 或 XLSX（不支持旧版 .xls），且与声明的类型（{declared}）一致',
    en: 'An import file must be CSV or XLSX (not the old .xls) and match its declared type ({declared})',
  },
  IMPORT_FILE_ENCODING: {
    'zh-CN': 'CSV 文件须为 UTF-8 编码（此文件可能是 GBK）：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”，或直接上传 XLSX',
    en: 'A CSV file must be UTF-8 (this one looks like GBK): save it from Excel as "CSV UTF-8 (Comma delimited)", or upload the XLSX',
  },
  IMPORT_ALREADY_STARTED: {
    'zh-CN': '该文件已导入过（导入任务 {jobId}）；如确需再次导入，请先修改文件',
    en: 'This file was already imported (import job {jobId}); change the file if you really mean to import it again',
  },
  IMPORT_FILE_UNREADABLE: { 'zh-CN': '无法读取文件：{detailZh}', en: 'The file cannot be read: {detail}' },
  IMPORT_NO_ROWS: { 'zh-CN': '文件中没有数据行（第一行须为列名）', en: 'The file has no data rows (the first row holds the column names)' },
  IMPORT_TOO_MANY_ROWS: { 'zh-CN': '一次最多导入 {max} 行，此文件有 {rows} 行', en: 'At most {max} rows per import; this file has {rows}' },
  IMPORT_COLUMN_MISSING: { 'zh-CN': '缺少必填列“{column}”', en: 'The required column "{column}" is missing' },
  IMPORT_COLUMN_UNKNOWN: { 'zh-CN': '无法识别的列“{column}”，可用的列：{known}', en: 'Unknown column "{column}"; the columns are: {known}' },
  IMPORT_COLUMN_DUPLICATE: { 'zh-CN': '列“{column}”出现了两次', en: 'The column "{column}" appears twice' },
  IMPORT_VALUE_INVALID: { 'zh-CN': '“{value}”不是有效的{expectedZh}', en: '"{value}" is not a valid {expected}' },
  IMPORT_DUPLICATE_CODE: {
    'zh-CN': '物资编码 {code} 在文件中重复（第 {firstRow} 行已有）',
    en: 'The item code {code} appears more than once in the file (first in row {firstRow})',
  },
  IMPORT_CODE_EXISTS: { 'zh-CN': '物资目录中已有编码为 {code} 的物资', en: 'The catalogue already has an item with code {code}' },
  IMPORT_ITEM_UNKNOWN: {
    'zh-CN': '物资目录中没有编码为 {code} 的物资，请先导入物资目录',
    en: 'No item in the catalogue has code {code}; import the catalogue first',
  },
  IMPORT_ABANDONED: {
    'zh-CN': '导入处理已中断 {attempts} 次（服务重启或内存不足），已停止；请检查文件后重新导入',
    en: 'Processing the import stopped {attempts} times (service restarts or out of memory); it was given up: check the file and start again',
  },
  PURCHASE_SELF_APPROVAL: {
    'zh-CN': '采购申请 {number} 由您提出，须由他人审批',
    en: 'Purchase request {number} was raised by you; someone else must approve or reject it',
  },
  PURCHASE_ORDER_BY_PLANNER: {
    'zh-CN': '采购申请 {number} 由您提出；计划与采购须由不同人员办理，请由其他采购员下单',
    en: 'Purchase request {number} was raised by you; planning and purchasing are separate duties, so another purchaser must order it',
  },
  PURCHASE_REQUEST_STATE: {
    'zh-CN': '采购申请 {number} 当前状态为“{statusZh}”，不能{actionZh}',
    en: 'Cannot {action} purchase request {number}: it is {status}',
  },
  PURCHASE_DUPLICATE_UNRESOLVED: {
    'zh-CN': '采购申请 {number} 中的 {item} 与 {other} 重复，请先删除该行或注明原因保留',
    en: 'Purchase request {number}: {item} duplicates {other}; drop the line or keep it with a reason first',
  },
  PURCHASE_LINE_NOT_FLAGGED: {
    'zh-CN': '采购申请 {number} 的第 {lineNo} 行没有待处理的重复提示',
    en: 'Line {lineNo} of purchase request {number} has no duplicate to resolve',
  },
  PURCHASE_REQUEST_EMPTY: {
    'zh-CN': '采购申请 {number} 已没有需要采购的行，请取消该申请',
    en: 'Purchase request {number} has nothing left to buy; cancel it instead',
  },
  PURCHASE_QUANTITY_EXCEEDS_REQUEST: {
    'zh-CN': '{item} 订购 {requested}，超过采购申请 {number} 尚未下单的数量 {remaining}',
    en: '{item}: ordering {requested} exceeds the {remaining} still to order on purchase request {number}',
  },
  PURCHASE_ORDER_STATE: {
    'zh-CN': '采购订单 {number} 当前状态为“{statusZh}”，不能{actionZh}',
    en: 'Cannot {action} purchase order {number}: it is {status}',
  },
  RECEIPT_BY_PURCHASER: {
    'zh-CN': '采购订单 {number} 由您下单；验收须由采购以外的人员办理',
    en: 'You placed purchase order {number}; someone other than the purchaser must inspect the delivery',
  },
  RECEIPT_QUANTITIES_MISMATCH: {
    'zh-CN': '{item}：到货 {delivered} 应等于合格 {accepted} 加拒收 {rejected}，且大于零',
    en: '{item}: delivered {delivered} must equal accepted {accepted} plus rejected {rejected}, and be more than zero',
  },
  RECEIPT_REJECTION_REASON_REQUIRED: {
    'zh-CN': '{item} 拒收 {rejected}，须注明拒收原因',
    en: '{item}: {rejected} rejected; give the reason',
  },
  RECEIPT_EXCEEDS_ORDER: {
    'zh-CN': '{item} 合格入库 {accepted}，超过采购订单 {number} 未到货数量 {outstanding}；多送部分请按“超量”拒收',
    en: '{item}: accepting {accepted} exceeds the {outstanding} still owed on purchase order {number}; reject the excess as EXCESS',
  },
});

/** The materials service's entities, with their Chinese names, as NOT_FOUND and REFERENCE_INACTIVE messages name them. */
export const MATERIALS_ENTITIES = defineServiceEntities('materials', {
  Warehouse: '仓库',
  StockLot: '库存批次',
  StockIssue: '出库单',
  GoodsReceipt: '入库单',
  StockTransfer: '调拨单',
  StockReturn: '退库单',
  StockAdjustment: '库存调整单',
  ImportJob: '导入任务',
  Requisition: '申领单',
  Stocktake: '盘点单',
  Supplier: '供应商',
  SupplierContract: '供货合同',
  PriceException: '超合同价例外',
  PurchaseRequest: '采购申请',
  PurchaseRequestLine: '采购申请行',
  PurchaseOrder: '采购订单',
  PurchaseOrderLine: '采购订单行',
});

declare module '@houqin/platform-errors' {
  // Declaration merging: the service's codes become members of the platform's ErrorCode type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ServiceErrorCodes extends Record<keyof typeof MATERIALS_ERRORS, true> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ServiceEntityNames extends Record<keyof typeof MATERIALS_ENTITIES, true> {}
}
