import { defineServiceEntities, defineServiceErrors } from '@houqin/platform-errors';

/**
 * The hygiene service's error codes, with their zh-CN and en messages; placeholders in braces are filled from
 * the error's params. Merged with the platform's into the one catalogue clients see (docs/errors.md).
 */
export const HYGIENE_ERRORS = defineServiceErrors('hygiene', {
  ZONE_NAME_TAKEN: { 'zh-CN': '本院区已有名为“{name}”的保洁区域', en: 'Another zone on this campus is already named "{name}"' },
  ZONE_RISK_BELOW_KIND: {
    'zh-CN': '{kindZh}区域的风险等级不能低于“{minimumZh}”',
    en: 'A {kind} zone cannot be below {minimum} risk',
  },
  ZONE_LOCATION_TAKEN: { 'zh-CN': '位置“{location}”已属于保洁区域“{zone}”', en: 'Location "{location}" already belongs to zone "{zone}"' },
  CLEANER_ALREADY_REGISTERED: { 'zh-CN': '{name} 已登记为保洁员', en: '{name} is already registered as a cleaner' },
  CLEANER_TRAINING_DATES: {
    'zh-CN': '培训有效期（{validUntil}）须晚于培训日期（{trainedOn}）',
    en: 'Training must be valid until ({validUntil}) after it was taken ({trainedOn})',
  },
  CLEANER_NOT_TRAINED: {
    'zh-CN': '{name} 的院感培训未在有效期内，不能承担高风险保洁（{taskZh}）',
    en: '{name} has no current infection-control training and cannot take high-risk cleaning ({task})',
  },
  CLEANER_NOT_ON_CAMPUS: { 'zh-CN': '{name} 不是本院区登记的保洁员', en: '{name} is not a registered cleaner of this campus' },
  CLEANING_TASK_NOT_YOURS: { 'zh-CN': '该保洁任务未派给您', en: 'This cleaning task is not assigned to you' },
  CLEANING_LABEL_INVALID: { 'zh-CN': '房间二维码无效，请扫描本院印制的房间标签', en: 'This QR code is not a valid room label of this hospital group' },
  CLEANING_WRONG_ROOM: {
    'zh-CN': '扫描的是“{scanned}”，该任务的保洁地点是“{expected}”',
    en: 'You scanned "{scanned}"; this task is for "{expected}"',
  },
  CLEANING_CHECKLIST_INCOMPLETE: { 'zh-CN': '检查单尚有未完成项：{missingZh}', en: 'Checklist items not done: {missing}' },
  CLEANING_PLACE_NOT_CLEANABLE: { 'zh-CN': '“{location}”是病区，请选择具体房间、床位或区域', en: '"{location}" is a whole ward: choose a room, bed or area' },
  CLEANING_SLA_INVALID: {
    'zh-CN': '{field} 无效：开始时限 5–1440 分钟，床位就绪时限须长于开始时限且不超过 2880 分钟',
    en: '{field} is invalid: start within 5–1440 minutes, bed ready later than that and within 2880 minutes',
  },
  WASTE_LABEL_INVALID: {
    'zh-CN': '医废标签二维码无效，请扫描本院印制的容器标签',
    en: 'This QR code is not a valid waste container label of this hospital group',
  },
  WASTE_CONTAINER_ALREADY_COLLECTED: {
    'zh-CN': '该医废容器已收集过（{reasonZh}），不能重复扫码',
    en: 'This waste container was already collected ({reason}); it cannot be scanned again',
  },
  WASTE_WEIGHT_OUT_OF_RANGE: {
    'zh-CN': '称重 {weightGrams} 克超出该容器的合理范围（1–{maxGrams} 克），请复称',
    en: 'A weight of {weightGrams} g is outside what this container can hold (1–{maxGrams} g); weigh it again',
  },
  WASTE_TIME_OUT_OF_RANGE: {
    'zh-CN': '{field}（{value}）须在 {earliest} 至 {latest} 之间',
    en: '{field} ({value}) must be between {earliest} and {latest}',
  },
  WASTE_HANDOVER_NOT_WARD: {
    'zh-CN': '只有产生科室的医护人员可以签字交接该医疗废物',
    en: 'Only staff of the ward the waste comes from may sign its handover',
  },
  WASTE_MANIFEST_TAKEN: { 'zh-CN': '转移联单号 {manifestNo} 已登记', en: 'Transfer manifest {manifestNo} is already recorded' },
  WASTE_TRANSFER_EMPTY: { 'zh-CN': '暂存间没有可转移的医疗废物', en: 'There is no stored waste to transfer' },
  INSPECTION_SHEET_MISSING: { 'zh-CN': '本院区尚未设置“{zoneKind}”类区域的卫生检查评分表', en: 'This campus has no score sheet for {zoneKind} zones yet' },
  INSPECTION_ITEM_UNKNOWN: { 'zh-CN': '评分表中没有检查项“{item}”', en: 'The score sheet has no item "{item}"' },
  INSPECTION_READING_MISSING: { 'zh-CN': '检查项“{item}”未填写结果', en: 'No result given for the item "{item}"' },
  INSPECTION_READING_MISMATCH: {
    'zh-CN': '检查项“{item}”的结果与其类型（{kind}）不符：CHECK 填是否合格，ATP 填 RLU 读数，FLUORESCENT 填标记数与清除数',
    en: 'The result of "{item}" does not fit its kind ({kind}): CHECK takes ok, ATP an RLU reading, FLUORESCENT marked and removed counts',
  },
  INSPECTION_REMEDY_REQUIRED: {
    'zh-CN': '不合格项“{item}”须选择整改方式（保洁整改或报修）',
    en: 'The failed item "{item}" needs a remedy (cleaning or repair)',
  },
  INSPECTION_LOCATION_REQUIRED: { 'zh-CN': '不合格项“{item}”须指明位置', en: 'The failed item "{item}" needs its location' },
  INSPECTION_LOCATION_OUTSIDE_ZONE: {
    'zh-CN': '不合格项“{item}”的位置不在区域“{zone}”内',
    en: 'The location of the failed item "{item}" is not in the zone "{zone}"',
  },
  INSPECTION_REPAIR_CATEGORY_REQUIRED: {
    'zh-CN': '不合格项“{item}”报修须选择维修类别',
    en: 'The failed item "{item}" needs a repair category to be sent to maintenance',
  },
  INSPECTION_TOO_OLD: { 'zh-CN': '检查时间不能早于 {days} 天前', en: 'An inspection cannot be entered more than {days} days after it took place' },
  CONTRACTOR_NAME_TAKEN: { 'zh-CN': '本院区已有名为“{name}”的外包单位', en: 'Another contractor on this campus is already named "{name}"' },
  CONTRACTOR_ZONES_CLEANING_ONLY: { 'zh-CN': '只有保洁外包单位负责保洁区域', en: 'Only cleaning contractors are assigned zones' },
  CONTRACTOR_ZONE_TAKEN: { 'zh-CN': '区域“{zone}”已由外包单位“{contractor}”负责保洁', en: 'The zone "{zone}" is already cleaned by "{contractor}"' },
  CONTRACTOR_CHECK_DUPLICATE: { 'zh-CN': '{department}已提交 {month} 对该单位的月度考核', en: '{department} has already checked this contractor for {month}' },
  CONTRACTOR_CHECK_OTHER_DEPARTMENT: { 'zh-CN': '科室负责人只能考核本科室', en: 'A department head checks contractors for their own department only' },
  CONTRACTOR_CHECK_MONTH_AHEAD: { 'zh-CN': '{month} 尚未开始，不能考核', en: '{month} has not begun; it cannot be checked yet' },
  // Linen, pest control and the sewage station (linen-exchange/, pest-control-visit/, sewage-log/).
  CONTRACTOR_NOT_FOR_SERVICE: {
    'zh-CN': '外包单位“{name}”不承担{serviceZh}',
    en: 'The contractor "{name}" is not contracted for {service}',
  },
  MEASUREMENT_OUT_OF_RANGE: { 'zh-CN': '{field} 必须在 {min} 到 {max} 之间：{value}', en: '{field} must be between {min} and {max}: {value}' },
  LINEN_KIND_REPEATED: { 'zh-CN': '被服种类“{kindZh}”重复填写', en: 'The linen kind {kind} is listed twice' },
  LINEN_RETURN_EXCEEDS_OUTSTANDING: {
    'zh-CN': '{kindZh}送回 {returned} 件，超过未送回的 {outstanding} 件',
    en: '{returned} {kind} returned, more than the {outstanding} outstanding',
  },
  PEST_FINDING_OUTSIDE_VISIT: {
    'zh-CN': '发现虫害的位置“{location}”不在本次消杀区域内',
    en: 'The finding\'s location "{location}" is not among the areas of the visit',
  },
  PEST_FINDING_EMPTY: { 'zh-CN': '虫害发现须为目击或填写密度', en: 'A finding must be a sighting or give a density' },
  PEST_FOLLOW_UP_ALREADY_OPEN: { 'zh-CN': '该虫害发现已有未关闭的整改', en: 'This finding already has an open follow-up' },
  SEWAGE_STATION_NOT_SET_UP: { 'zh-CN': '该院区尚未设置污水处理站（排放标准与限值）', en: 'This campus has no sewage station set up (standard and limits)' },
  SEWAGE_LOG_DATE_TAKEN: { 'zh-CN': '{date} 的污水处理站运行日志已登记', en: 'The sewage station log of {date} is already recorded' },
  SEWAGE_LIMIT_RANGE_INVALID: { 'zh-CN': '{field} 的下限 {min} 高于上限 {max}', en: 'The lower limit of {field} ({min}) is above its upper limit ({max})' },
});

/** The hygiene service's entities, with their Chinese names, as NOT_FOUND and REFERENCE_INACTIVE messages name them. */
export const HYGIENE_ENTITIES = defineServiceEntities('hygiene', {
  Zone: '保洁区域',
  CleaningTask: '保洁任务',
  Cleaner: '保洁员',
  WasteCollection: '医疗废物收集',
  WasteContainer: '医疗废物容器',
  WasteTransfer: '医疗废物转移',
  Inspection: '卫生检查',
  Contractor: '外包单位',
  InspectionSheet: '卫生检查评分表',
  ContractorComplaint: '外包投诉',
  LinenExchange: '被服收发',
  PestControlVisit: '除四害消杀',
  PestFinding: '虫害发现',
  PestFollowUp: '虫害整改',
  SewageLog: '污水处理站运行日志',
});

declare module '@houqin/platform-errors' {
  // Declaration merging: the service's codes become members of the platform's ErrorCode type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ServiceErrorCodes extends Record<keyof typeof HYGIENE_ERRORS, true> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ServiceEntityNames extends Record<keyof typeof HYGIENE_ENTITIES, true> {}
}
