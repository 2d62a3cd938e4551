/**
 * The one catalogue of error codes every service and the gateway answer with. Clients (the console, hospital
 * IT integrations) switch on `extensions.code`; the message is for people, in zh-CN or en.
 * Placeholders in braces are filled from the error's params.
 */
export const ERROR_CATALOGUE = {
  UNAUTHENTICATED: { 'zh-CN': '未登录或登录凭证无效', en: 'Not signed in, or the credentials are invalid' },
  FORBIDDEN: { 'zh-CN': '无权执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { 'zh-CN': '未找到{entityZh}：{id}', en: '{entity} not found: {id}' },
  INVALID_ID: { 'zh-CN': '{field} 不是有效的编号：{value}', en: '{field} is not a valid id: {value}' },
  INVALID_INPUT: { 'zh-CN': '输入无效：{detail}', en: 'Invalid input: {detail}' },
  TEXT_TOO_LONG: { 'zh-CN': '{field} 过长（最多 {max} 个字符）', en: '{field} is too long (at most {max} characters)' },
  TEXT_REQUIRED: { 'zh-CN': '{field} 不能为空', en: '{field} must not be empty' },
  QUANTITY_NOT_POSITIVE: { 'zh-CN': '{field} 必须大于零', en: '{field} must be greater than zero' },
  /** Every illegal transition has these params (ADR 0011); the older machines' own codes below are aliases of it. */
  ILLEGAL_TRANSITION: { 'zh-CN': '{entityZh}：当前状态为“{fromZh}”，不能{actionZh}', en: 'Cannot {action} {entity} that is {from}' },
  INSUFFICIENT_STOCK: {
    'zh-CN': '库存不足：{item} 需要 {requested}，可用 {available}',
    en: 'Not enough stock: {item} needs {requested}, {available} available',
  },
  DUPLICATE: { 'zh-CN': '{entity} 已存在：{value}', en: '{entity} already exists: {value}' },
  /** Two referenced records do not belong together; the caller writes the sentence in both languages. */
  REFERENCE_MISMATCH: { 'zh-CN': '{detailZh}', en: '{detail}' },
  REFERENCE_INACTIVE: { 'zh-CN': '{entityZh}已停用：{name}', en: '{entity} is deactivated: {name}' },
  DEPARTMENT_REQUIRED: {
    'zh-CN': '位置“{location}”未关联科室，请指定承担费用的科室',
    en: 'The location "{location}" has no department; name the department to charge',
  },
  /** Two dates of the caller's that contradict each other (warranty before commissioning, validity before inspection). */
  INVALID_DATE_RANGE: {
    'zh-CN': '{field}（{value}）必须{relationZh}{other}（{otherValue}）',
    en: '{field} ({value}) must be {relation} {other} ({otherValue})',
  },
  DATE_IN_FUTURE: { 'zh-CN': '{field} 不能晚于今天：{value}', en: '{field} must not be in the future: {value}' },
  /** A calendar month of the hospital (Beijing time), as reports and KPIs take it. */
  INVALID_MONTH: {
    'zh-CN': '{field} 不是有效的月份（格式为 YYYY-MM，如 2026-01）：{value}',
    en: '{field} is not a valid month (YYYY-MM, e.g. 2026-01): {value}',
  },
  KPI_TREND_TOO_LONG: {
    'zh-CN': '指标趋势最多 {max} 个月（{fromMonth} 至 {toMonth} 超出）',
    en: 'A KPI trend covers at most {max} months ({fromMonth} to {toMonth} is longer)',
  },
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
  INVALID_CREDIT_CODE: {
    'zh-CN': '统一社会信用代码无效：{value}（{reasonZh}）',
    en: 'Not a valid unified social credit code (统一社会信用代码): {value} ({reason} wrong)',
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
  /** 扫码报修: the repair labels and their half-hour sessions. */
  QR_CODE_INVALID: { 'zh-CN': '二维码无效，请扫描现场张贴的报修码', en: 'This QR code is not valid; scan the repair label on site' },
  QR_LABEL_WITHDRAWN: {
    'zh-CN': '该报修码已停用（已换新或位置已停用），请扫描现场的新报修码或拨打报修电话',
    en: 'This repair label is withdrawn (replaced, or its place is no longer in use); scan the new label or call the repair desk',
  },
  PORTAL_SESSION_EXPIRED: { 'zh-CN': '扫码报修页面已过期，请重新扫码', en: 'The repair page has expired; scan the label again' },
  PORTAL_LABEL_BUSY: {
    'zh-CN': '该报修码一小时内已提交 {max} 次报修，请稍后再试或拨打报修电话',
    en: 'This label has sent {max} reports in the last hour; try again later or call the repair desk',
  },
  FOLLOW_UP_CODES_TOO_MANY: { 'zh-CN': '一次最多查询 {max} 条报修进度', en: 'At most {max} reports can be followed at once' },
  RATE_LIMITED: { 'zh-CN': '请求过于频繁，请 {seconds} 秒后再试', en: 'Too many requests; try again in {seconds} seconds' },
  QUERY_TOO_COMPLEX: { 'zh-CN': '查询嵌套过深（最多 {max} 层）', en: 'Query is nested too deeply (at most {max} levels)' },
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
  INTERNAL: { 'zh-CN': '系统内部错误，请稍后重试', en: 'Internal error, please try again later' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Locale = 'zh-CN' | 'en';
export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export type ErrorParams = Record<string, string | number>;
export type LocalisedMessages = Record<Locale, string>;

export const DEFAULT_LOCALE: Locale = 'zh-CN';

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, value);
}

export function localise(code: ErrorCode, params: ErrorParams = {}): LocalisedMessages {
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
  const entry = ERROR_CATALOGUE[code];
  return { 'zh-CN': fill(entry['zh-CN']), en: fill(entry.en) };
}

/** Picks zh-CN or en from an Accept-Language header; zh-CN is the default for our users. */
export function pickLocale(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}
