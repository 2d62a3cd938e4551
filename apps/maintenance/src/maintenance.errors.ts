import { defineServiceEntities, defineServiceErrors } from '@houqin/platform-errors';

/**
 * The maintenance service's error codes (维修), with their zh-CN and en messages; placeholders in braces are filled
 * from the error's params. Merged with the platform's into the one catalogue clients see (docs/errors.md).
 */
export const MAINTENANCE_ERRORS = defineServiceErrors('maintenance', {
  ASSET_ILLEGAL_TRANSITION: { 'zh-CN': '{entityZh}：当前状态为“{fromZh}”，不能{actionZh}', en: 'Cannot {action} {entity} that is {from}' },
  ASSET_RETIRED: { 'zh-CN': '设备“{asset}”已报废', en: 'The asset "{asset}" is retired' },
  ASSET_HAS_LIVE_CHILDREN: {
    'zh-CN': '设备“{asset}”下还有 {count} 台未报废的下级设备，请先将其报废',
    en: 'The asset "{asset}" still has {count} child assets that are not retired; retire them first',
  },
  ASSET_HIERARCHY_CYCLE: {
    'zh-CN': '设备“{asset}”不能挂在自身或其下级设备之下',
    en: 'The asset "{asset}" cannot be placed under itself or one of its own child assets',
  },
  ASSET_HIERARCHY_TOO_DEEP: { 'zh-CN': '设备层级最多 {max} 层', en: 'The asset hierarchy is at most {max} levels deep' },
  /** 特种设备 (elevators, boilers, pressure vessels, sterilisers) are registered with the market regulator. */
  REGISTRATION_NO_REQUIRED: {
    'zh-CN': '特种设备（{categoryZh}）必须填写使用登记证号',
    en: 'Special equipment ({category}) needs its registration number (使用登记证号)',
  },
  NOT_SPECIAL_EQUIPMENT: {
    'zh-CN': '设备“{asset}”不是特种设备，无需登记检验合格证',
    en: 'The asset "{asset}" is not special equipment; it has no inspection certificates',
  },
  CERTIFICATE_EXPIRED: { 'zh-CN': '证书已过期（有效期至 {validUntil}）', en: 'The certificate already expired (valid until {validUntil})' },
  /** 持证上岗: work on electrical systems, lifts, boilers, pressure vessels, refrigeration or medical gas needs a valid licence. */
  CERTIFICATE_REQUIRED: {
    'zh-CN': '{name} 未持有有效的{licenceZh}，不能承接{categoryZh}工作（持证上岗）',
    en: '{name} holds no valid {licence} certificate required for {category} work',
  },
  /** Times are Beijing time (YYYY-MM-DD HH:mm). */
  DUTY_OVERLAP: {
    'zh-CN': '{name} 的{kindZh}（{startsAt} 至 {endsAt}）与其另一{kindZh}（{otherStartsAt} 至 {otherEndsAt}）时间重叠',
    en: "{name}'s {kind} duty ({startsAt} to {endsAt}) overlaps their other {kind} duty ({otherStartsAt} to {otherEndsAt})",
  },
  DUTY_SHIFT_TOO_LONG: { 'zh-CN': '{field}：一个班次最长 {max} 小时', en: '{field}: a shift lasts at most {max} hours' },
  DUTY_SHIFT_ENDED: {
    'zh-CN': '{name} 的排班（{startsAt} 至 {endsAt}）已结束，不能取消',
    en: "{name}'s shift ({startsAt} to {endsAt}) has already ended and cannot be cancelled",
  },
  CLOCK_ALREADY_PAUSED: { 'zh-CN': '工单 {number} 的计时已挂起', en: 'The clock of work order {number} is already paused' },
  CLOCK_NOT_PAUSED: { 'zh-CN': '工单 {number} 的计时未挂起', en: 'The clock of work order {number} is not paused' },
  TEAM_REQUIRED: {
    'zh-CN': '工单 {number} 没有按派工规则匹配到班组，请指定班组',
    en: 'No routing rule chose a team for work order {number}; name the team',
  },
  REASSIGN_REASON_REQUIRED: { 'zh-CN': '工单 {number} 已派工，改派需填写原因', en: 'Work order {number} is already dispatched; reassigning needs a reason' },
  REOPEN_WINDOW_CLOSED: {
    'zh-CN': '工单 {number} 签单已超过 {days} 天，不能返修，请重新报修',
    en: 'Work order {number} was signed off more than {days} days ago and cannot be reopened; report the fault again',
  },
  TIME_LOG_NOT_ALLOWED: { 'zh-CN': '工单 {number} 当前状态（{status}）不能登记工时', en: 'Time cannot be logged on work order {number} while it is {status}' },
  /** Preventive maintenance (预防性维护): plans, their triggers and checklists, meter readings, tasks. */
  PM_VALUE_OUT_OF_RANGE: { 'zh-CN': '{field} 须为 {min} 到 {max} 之间的整数', en: '{field} must be a whole number from {min} to {max}' },
  PM_WEEKDAYS_INVALID: { 'zh-CN': '{field}：至少选择一天，取值 1（周一）到 7（周日）', en: '{field}: at least one day, each 1 (Monday) to 7 (Sunday)' },
  PM_METER_NEEDS_ASSET: {
    'zh-CN': '按运行小时数或启停次数触发的保养计划只能针对单台设备',
    en: 'A meter-triggered PM plan covers one asset, not an asset category: meters belong to one asset',
  },
  PM_TARGET_INVALID: { 'zh-CN': '保养计划须指定一台设备或一个设备类别（二选一）', en: 'A PM plan covers either one asset or one asset category' },
  PM_CHECKLIST_SIZE: { 'zh-CN': '保养检查表须有 1 到 {max} 项', en: 'A PM checklist has 1 to {max} items' },
  PM_READING_UNIT_REQUIRED: { 'zh-CN': '{field}：读数项须指定单位', en: '{field}: a READING item needs a unit' },
  PM_READING_LIMIT_REQUIRED: { 'zh-CN': '{field}：读数项须指定下限或上限', en: '{field}: a READING item needs a min, a max or both' },
  PM_READING_RANGE_INVALID: { 'zh-CN': '{field}：下限 {min} 大于上限 {max}', en: '{field}: the min {min} is greater than the max {max}' },
  PM_ANSWER_MISSING: { 'zh-CN': '以下 {count} 个检查项未填写：{items}', en: 'Every checklist item must be answered; {count} not answered: {items}' },
  PM_ANSWER_INVALID: { 'zh-CN': '检查项“{label}”须填写{expectedZh}', en: 'The checklist item "{label}" is answered with {expected}' },
  PM_READING_UNIT_MISMATCH: {
    'zh-CN': '检查项“{label}”的读数单位应为 {expected}，而不是 {unit}',
    en: 'The reading for "{label}" must be in {expected}, not {unit}',
  },
  METER_READING_DECREASED: {
    'zh-CN': '设备“{asset}”的{meterZh}读数 {value} 小于上次读数 {last}',
    en: 'The {meter} reading {value} of the asset "{asset}" is below the last reading {last}',
  },
  PM_TASK_CLOSED: { 'zh-CN': '该保养任务{statusZh}，不能再{actionZh}', en: 'The PM task is already {status} and cannot be {action}' },
  PM_DEFER_OUT_OF_RANGE: {
    'zh-CN': '延期后的日期 {newDueOn} 须在 {earliest} 至 {latest} 之间（不早于今天，且早于下一次保养）',
    en: 'The new due date {newDueOn} must be from {earliest} to {latest} (not before today, and before the next occurrence)',
  },
  PM_DEFER_NO_ROOM: {
    'zh-CN': '该保养任务最晚只能延期到 {latest}，已无可选日期，请跳过本次',
    en: 'This PM task could be deferred until {latest} at the latest; no date is left, skip it instead',
  },
  /** Times are Beijing time (YYYY-MM-DD HH:mm). */
  TIME_IN_FUTURE: { 'zh-CN': '{field} 不能晚于当前时间：{value}', en: '{field} must not be in the future: {value}' },
  NO_VENDOR_CONTRACT: {
    'zh-CN': '维保单位“{vendor}”没有今日有效、覆盖本院区 {category} 类工单的维保合同',
    en: 'The vendor "{vendor}" holds no contract valid today that covers {category} work on this campus',
  },
  VENDOR_CALL_ORDER_NOT_ACTIVE: {
    'zh-CN': '工单 {number} 当前状态为 {status}，只有已派工、已接单或维修中的工单可以外请',
    en: 'Work order {number} is {status}; vendors are called only for dispatched, accepted or in-progress orders',
  },
  VENDOR_CALL_ALREADY_OPEN: {
    'zh-CN': '工单 {number} 已有未结束的外请（{vendor}），请先登记完工或取消',
    en: 'Work order {number} already has an open vendor call ({vendor}); finish or cancel it first',
  },
  VENDOR_CALL_ILLEGAL_TRANSITION: { 'zh-CN': '{entityZh}：当前状态为“{fromZh}”，不能{actionZh}', en: 'Cannot {action} {entity} that is {from}' },
  /** Inspection rounds (巡检): routes, their schedule and readings. Units are written as on the gauge (MPa, °C). */
  READING_UNIT_UNKNOWN: { 'zh-CN': '{field}：未知的读数单位“{unit}”', en: '{field}: unknown reading unit "{unit}"' },
  READING_UNIT_MISMATCH: {
    'zh-CN': '巡检点“{checkpoint}”的读数单位为 {expected}，不能按 {unit} 录入（系统不做单位换算）',
    en: 'The checkpoint "{checkpoint}" is read in {expected}, not {unit}; values are not converted',
  },
  READING_RANGE_REQUIRED: { 'zh-CN': '{field}：读数类巡检点须填写单位及下限或上限', en: '{field}: a reading needs a unit and a minimum, a maximum or both' },
  READING_RANGE_INVERTED: { 'zh-CN': '{field}：下限 {min} 高于上限 {max}', en: '{field}: the minimum {min} is above the maximum {max}' },
  INSPECTION_SCHEDULE_OVERLAP: {
    'zh-CN': '{time} 开始的巡检限时 {duration} 分钟，与 {next} 开始的巡检重叠',
    en: 'The round starting at {time} lasts {duration} minutes and overlaps the round starting at {next}',
  },
  INSPECTION_ROUND_ILLEGAL_TRANSITION: { 'zh-CN': '{entityZh}：当前状态为“{fromZh}”，不能{actionZh}', en: 'Cannot {action} {entity} that is {from}' },
  INSPECTION_ROUND_TOO_EARLY: {
    'zh-CN': '巡检任务计划于 {scheduledStart} 开始，最早可于 {opensAt} 开始',
    en: 'The round is scheduled for {scheduledStart}; it can be started from {opensAt}',
  },
  INSPECTION_ROUND_OVERDUE: { 'zh-CN': '巡检任务须于 {dueBy} 前完成，已逾时，按漏检处理', en: 'The round was due by {dueBy}; it counts as missed' },
  CHECKPOINT_ALREADY_RECORDED: {
    'zh-CN': '巡检点“{checkpoint}”本次巡检已记录，不能重复记录',
    en: 'The checkpoint "{checkpoint}" is already recorded on this round',
  },
  INSPECTION_ROUND_INCOMPLETE: {
    'zh-CN': '还有 {missing} 个巡检点未记录（共 {total} 个），不能完成巡检',
    en: '{missing} of {total} checkpoints are not recorded yet; the round cannot be completed',
  },
  /** Intake (报修问卷, photos): answers that cannot be right are refused; unanswered required questions are not. */
  INTAKE_QUESTION_UNKNOWN: { 'zh-CN': '该类别的报修问卷中没有问题“{key}”', en: 'The intake questions of this category have no question "{key}"' },
  INTAKE_ANSWER_INVALID: {
    'zh-CN': '问题“{key}”的回答“{value}”无效，应为：{expected}',
    en: 'The answer "{value}" to "{key}" is not valid; expected {expected}',
  },
  PHOTO_TYPE_NOT_ALLOWED: {
    'zh-CN': '照片须为 JPEG、PNG 或 HEIC 格式，且与声明的类型（{declared}）一致',
    en: 'A photo must be JPEG, PNG or HEIC, and match its declared type ({declared})',
  },
  PHOTO_TOO_LARGE: { 'zh-CN': '照片不能超过 {maxMb} MB', en: 'A photo is at most {maxMb} MB' },
  PHOTO_LIMIT_REACHED: { 'zh-CN': '工单 {number} 最多上传 {max} 张照片', en: 'The work order {number} already has the most photos allowed ({max})' },
  /** The stored bytes no longer match the SHA-256 taken at upload: never handed out as the photo. */
  ATTACHMENT_CORRUPT: {
    'zh-CN': '照片 {id} 已损坏（与上传时的校验值不符），请联系信息科',
    en: 'The photo {id} is damaged (it no longer matches its checksum from upload); contact IT',
  },
  /** 扫码报修: the repair labels and their half-hour sessions. */
  QR_CODE_INVALID: { 'zh-CN': '二维码无效，请扫描现场张贴的报修码', en: 'This QR code is not valid; scan the repair label on site' },
  QR_LABEL_WITHDRAWN: {
    'zh-CN': '该报修码已停用（已换新或位置已停用），请扫描现场的新报修码或拨打报修电话',
    en: 'This repair label is withdrawn (replaced, or its place is no longer in use); scan the new label or call the repair desk',
  },
  PORTAL_LABEL_BUSY: {
    'zh-CN': '该报修码一小时内已提交 {max} 次报修，请稍后再试或拨打报修电话',
    en: 'This label has sent {max} reports in the last hour; try again later or call the repair desk',
  },
  FOLLOW_UP_CODES_TOO_MANY: { 'zh-CN': '一次最多查询 {max} 条报修进度', en: 'At most {max} reports can be followed at once' },
});

/** The maintenance service's entities, with their Chinese names, as NOT_FOUND and REFERENCE_INACTIVE messages name them. */
export const MAINTENANCE_ENTITIES = defineServiceEntities('maintenance', {
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
});

declare module '@houqin/platform-errors' {
  // Declaration merging: the service's codes become members of the platform's ErrorCode type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ServiceErrorCodes extends Record<keyof typeof MAINTENANCE_ERRORS, true> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ServiceEntityNames extends Record<keyof typeof MAINTENANCE_ENTITIES, true> {}
}
