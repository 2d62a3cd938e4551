import { MaterialsRole } from '@houqin/contracts';
import { Role } from '@houqin/platform-auth';
import { AlertRule, checkRules, Texts } from './alert-rule';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const CLOCKS: Record<string, Texts> = { RESPONSE: { 'zh-CN': '响应', en: 'response' }, RESOLUTION: { 'zh-CN': '修复', en: 'resolution' } };
const PRIORITIES: Record<string, Texts> = {
  URGENT: { 'zh-CN': '紧急', en: 'urgent' },
  HIGH: { 'zh-CN': '高', en: 'high' },
  NORMAL: { 'zh-CN': '普通', en: 'normal' },
  LOW: { 'zh-CN': '低', en: 'low' },
};

const slaEscalated = (level: 'TEAM_LEAD' | 'CAMPUS_ADMIN', audience: AlertRule['audience'], escalate?: AlertRule['escalate']): AlertRule => ({
  alert: 'SLA_ESCALATED',
  event: 'maintenance.work-order.sla-escalated.v1',
  only: { field: 'level', in: [level] },
  campus: 'campusId',
  subject: ['workOrderId', 'clock'],
  window: 30 * MINUTE,
  severity: { field: 'priority', map: { URGENT: 'URGENT' }, otherwise: 'WARNING' },
  variables: { number: 'number', clock: 'clock', priority: 'priority', overdueMinutes: 'overdueMinutes', workOrderId: 'workOrderId' },
  labels: { clock: CLOCKS, priority: PRIORITIES },
  title: { 'zh-CN': '工单 {number} {clock}超时', en: 'Work order {number}: {clock} overdue' },
  body: {
    'zh-CN': '{priority}优先级工单 {number} 的{clock}时限已超出 {overdueMinutes} 分钟，请督办。',
    en: 'The {clock} target of {priority}-priority work order {number} passed {overdueMinutes} minutes ago; please follow it up.',
  },
  link: '/maintenance/work-orders/{workOrderId}',
  audience,
  escalate,
});

/**
 * Every alert the services publish that must reach a person (docs/notifications.md lists them with their audiences).
 * Texts carry logistics facts only (numbers, names of places and items, dates): never patient data.
 */
export const ALERT_RULES: readonly AlertRule[] = checkRules([
  // 班组长 first; the campus admin when nobody acknowledged it within the escalation time (NOTIFY_ESCALATE_AFTER_MINUTES).
  slaEscalated('TEAM_LEAD', [{ teamLeadOf: 'teamId' }], [{ role: Role.CAMPUS_ADMIN }]),
  // Maintenance's own second level, after the priority's grace: straight to the campus admins (one message if already escalated).
  slaEscalated('CAMPUS_ADMIN', [{ role: Role.CAMPUS_ADMIN }]),
  {
    alert: 'CERTIFICATE_DUE',
    event: 'maintenance.asset.certificate-expiring.v1',
    campus: 'campusId',
    subject: ['certificateId', 'threshold'],
    window: DAY,
    severity: { field: 'threshold', map: { DAYS_7: 'URGENT', DAYS_30: 'WARNING' }, otherwise: 'INFO' },
    variables: { assetNo: 'assetNo', certificateNo: 'certificateNo', validUntil: 'validUntil', daysLeft: 'daysLeft', assetId: 'assetId' },
    title: { 'zh-CN': '设备 {assetNo} 检验合格证 {daysLeft} 天后到期', en: 'Asset {assetNo}: inspection certificate due in {daysLeft} days' },
    body: {
      'zh-CN': '特种设备 {assetNo} 的检验合格证 {certificateNo} 有效期至 {validUntil}，请安排定期检验。',
      en: 'Certificate {certificateNo} of special equipment {assetNo} is valid until {validUntil}; book the periodic inspection.',
    },
    link: '/maintenance/assets/{assetId}',
    audience: [{ role: Role.CAMPUS_ADMIN }],
  },
  {
    alert: 'CERTIFICATE_OVERDUE',
    event: 'maintenance.asset.certificate-expired.v1',
    campus: 'campusId',
    subject: ['certificateId'],
    window: DAY,
    severity: 'URGENT',
    variables: { assetNo: 'assetNo', certificateNo: 'certificateNo', validUntil: 'validUntil', assetId: 'assetId' },
    title: { 'zh-CN': '设备 {assetNo} 检验合格证已过期', en: 'Asset {assetNo}: inspection certificate expired' },
    body: {
      'zh-CN': '特种设备 {assetNo} 的检验合格证 {certificateNo} 已于 {validUntil} 到期，设备不得继续使用。',
      en: 'Certificate {certificateNo} of special equipment {assetNo} expired on {validUntil}; the asset must not be used.',
    },
    link: '/maintenance/assets/{assetId}',
    audience: [{ role: Role.CAMPUS_ADMIN }],
  },
  {
    alert: 'INSPECTION_ROUND_MISSED',
    event: 'maintenance.inspection.round-missed.v1',
    campus: 'campusId',
    subject: ['roundId'],
    window: HOUR,
    severity: 'WARNING',
    variables: { routeName: 'routeName', dueBy: 'dueBy', recorded: 'recordedCheckpoints', total: 'totalCheckpoints', roundId: 'roundId' },
    title: { 'zh-CN': '巡检漏检：{routeName}', en: 'Inspection round missed: {routeName}' },
    body: {
      'zh-CN': '巡检路线“{routeName}”本轮未在 {dueBy} 前完成（已检 {recorded}/{total} 个点）。',
      en: 'The round of "{routeName}" was not completed by {dueBy} ({recorded} of {total} checkpoints recorded).',
    },
    link: '/maintenance/inspection-rounds/{roundId}',
    audience: [{ teamLeadOf: 'teamId' }],
    escalate: [{ role: Role.CAMPUS_ADMIN }],
  },
  {
    alert: 'LOT_EXPIRING',
    event: 'materials.stock-level.lot-expiring.v1',
    campus: 'campusId',
    subject: ['lotId', 'threshold'],
    window: DAY,
    severity: { field: 'threshold', map: { DAYS_7: 'WARNING' }, otherwise: 'INFO' },
    variables: {
      itemName: 'itemName',
      itemCode: 'itemCode',
      batchNo: 'batchNo',
      expiresOn: 'expiresOn',
      quantity: 'quantity',
      daysLeft: 'daysLeft',
      lotId: 'lotId',
    },
    title: { 'zh-CN': '{itemName} 批次 {batchNo} {daysLeft} 天后过期', en: '{itemName} batch {batchNo} expires in {daysLeft} days' },
    body: {
      'zh-CN': '{itemName}（{itemCode}）批次 {batchNo} 共 {quantity} 件，有效期至 {expiresOn}，请优先发放或退换。',
      en: '{quantity} of {itemName} ({itemCode}), batch {batchNo}, are usable until {expiresOn}; issue them first or return them.',
    },
    link: '/materials/lots/{lotId}',
    audience: [{ role: MaterialsRole.STOREKEEPER }],
  },
  {
    alert: 'LOT_QUARANTINED',
    event: 'materials.stock-level.lot-quarantined.v1',
    campus: 'campusId',
    subject: ['lotId'],
    window: DAY,
    severity: 'INFO',
    variables: { itemName: 'itemName', batchNo: 'batchNo', quantity: 'quantity', lotId: 'lotId' },
    title: { 'zh-CN': '{itemName} 批次 {batchNo} 已过期隔离', en: '{itemName} batch {batchNo} quarantined (expired)' },
    body: {
      'zh-CN': '{itemName} 批次 {batchNo} 的 {quantity} 件已过期并隔离，请按规定报损处理。',
      en: '{quantity} of {itemName}, batch {batchNo}, expired and were quarantined; write them off as the rules require.',
    },
    link: '/materials/lots/{lotId}',
    audience: [{ role: MaterialsRole.STOREKEEPER }],
  },
  {
    alert: 'STOCK_BELOW_RESERVE',
    event: 'materials.stock-level.cover-below-reserve.v1',
    campus: 'campusId',
    subject: ['warehouseId', 'itemId'],
    window: DAY,
    severity: 'WARNING',
    variables: { daysOfCover: 'daysOfCover', reserveDays: 'reserveDays', available: 'available', itemId: 'itemId' },
    title: { 'zh-CN': '应急储备不足：仅够 {daysOfCover} 天', en: 'Below emergency reserve: {daysOfCover} days of cover' },
    body: {
      'zh-CN': '一项应急储备物资可用 {available} 件，仅够 {daysOfCover} 天，低于 {reserveDays} 天储备要求，请补货。',
      en: 'An emergency-reserve item has {available} available, {daysOfCover} days of cover, below its {reserveDays}-day reserve; replenish it.',
    },
    link: '/materials/items/{itemId}',
    audience: [{ role: MaterialsRole.STOREKEEPER }, { role: MaterialsRole.MATERIALS_MANAGER }],
  },
  {
    alert: 'STOCK_BELOW_REORDER_POINT',
    event: 'materials.stock-level.below-reorder-point.v1',
    campus: 'campusId',
    subject: ['warehouseId', 'itemId'],
    window: DAY,
    severity: 'INFO',
    variables: { onHand: 'onHand', reorderPoint: 'reorderPoint', itemId: 'itemId' },
    title: { 'zh-CN': '库存低于订货点', en: 'Stock below its reorder point' },
    body: {
      'zh-CN': '一项物资库存 {onHand} 件，低于订货点 {reorderPoint} 件，请纳入采购计划。',
      en: 'An item is down to {onHand}, below its reorder point of {reorderPoint}; plan its purchase.',
    },
    link: '/materials/items/{itemId}',
    audience: [{ role: MaterialsRole.PLANNER }],
  },
  {
    alert: 'STOCK_SHORTAGE',
    event: 'materials.stock-issue.shortage-recorded.v1',
    campus: 'campusId',
    subject: ['shortageId'],
    window: DAY,
    severity: 'WARNING',
    variables: { requested: 'requested', available: 'available', itemId: 'itemId' },
    title: { 'zh-CN': '维修领料缺货', en: 'Parts short for a repair' },
    body: {
      'zh-CN': '维修工单领料需要 {requested} 件，库存仅 {available} 件，请补货或调拨。',
      en: 'A work order needs {requested} of a part; {available} are in stock. Replenish or transfer it.',
    },
    link: '/materials/items/{itemId}',
    audience: [{ role: MaterialsRole.STOREKEEPER }],
  },
]);
