import { ErrorCode, ErrorParams, localise, LocalisedMessages } from './error-catalogue';

/**
 * An expected failure the caller can act on (bad input, not allowed, wrong state). Domain classes throw it;
 * the GraphQL layer turns it into a typed error and the event consumer parks it on the dead-letter topic.
 */
export class DomainError extends Error {
  readonly messages: LocalisedMessages;

  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    const messages = localise(code, params);
    super(messages.en);
    this.name = 'DomainError';
    this.messages = messages;
  }
}

/** Names of the platform's entities in Chinese, for NOT_FOUND messages. */
const ENTITY_LABELS_ZH = {
  WorkOrder: '工单',
  Item: '物资',
  Warehouse: '仓库',
  StockLot: '库存批次',
  StockIssue: '出库单',
  Campus: '院区',
  Building: '楼宇',
  Floor: '楼层',
  Location: '位置',
  Department: '科室',
  Team: '班组',
  Staff: '人员',
  HospitalGroup: '医院集团',
  Asset: '设备',
  InspectionCertificate: '检验合格证',
  TechnicianCertificate: '操作证',
  DutyShift: '排班',
  InspectionRoute: '巡检路线',
  InspectionRound: '巡检任务',
  InspectionCheckpoint: '巡检点',
  Vendor: '维保单位',
  VendorContract: '维保合同',
  VendorCall: '外请记录',
  PmPlan: '保养计划',
  PmTask: '保养任务',
  IntakeQuestion: '报修问卷问题',
  IntakeAnswer: '报修问卷回答',
  RepairLabel: '报修码',
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
} as const;

/** Every entity a NOT_FOUND or REFERENCE_INACTIVE can name: a new one needs its Chinese name here first. */
export type EntityName = keyof typeof ENTITY_LABELS_ZH;

export const notFound = (entity: EntityName, id: string) => new DomainError('NOT_FOUND', { entity, entityZh: ENTITY_LABELS_ZH[entity], id });
export const forbidden = () => new DomainError('FORBIDDEN');

/** REFERENCE_MISMATCH with a sentence written in each language (two records that do not belong together). */
export class ReferenceMismatch extends DomainError {
  constructor(zh: string, en: string) {
    super('REFERENCE_MISMATCH', { detailZh: zh, detail: en });
  }
}
export const inactive = (entity: EntityName, name: string) => new DomainError('REFERENCE_INACTIVE', { entity, entityZh: ENTITY_LABELS_ZH[entity], name });
