import { DEFAULT_RISK_LEVEL, RiskLevel, ZoneKind } from '../zone/zone-kind';
import { SheetItem, SheetItemKind } from './score-sheet';

/**
 * ATP limits by the zone's risk level. RLU scales differ by meter, so the limit is a per-item setting; these
 * defaults follow the benchmarks most hospital programmes start from with the common swab systems (≤ 250 RLU
 * on high-touch surfaces of high-risk areas, ≤ 500 RLU elsewhere), to be tuned to the campus's own meter.
 */
export const DEFAULT_MAX_RLU: Record<RiskLevel, number> = { [RiskLevel.HIGH]: 250, [RiskLevel.MEDIUM]: 500, [RiskLevel.LOW]: 500 };

/** Fluorescent markers: the share of marks that must be wiped off (清除率), stricter where the risk is high. */
export const DEFAULT_MIN_CLEARANCE_PERCENT: Record<RiskLevel, number> = { [RiskLevel.HIGH]: 90, [RiskLevel.MEDIUM]: 80, [RiskLevel.LOW]: 80 };

/** Passing score of the default sheets (合格线). */
export const DEFAULT_PASS_SCORE = 85;

const check = (key: string, label: string, weight: number): SheetItem => ({
  key,
  label,
  kind: SheetItemKind.CHECK,
  weight,
  maxRlu: null,
  minClearancePercent: null,
});

/** The daily basics of every zone (每天多转常扫勤擦). */
const BASICS = [
  check('floor', '地面清洁无污渍、无积水', 15),
  check('surfaces', '物体表面无浮尘、无污迹', 15),
  check('bins', '垃圾分类正确、及时清运', 10),
  check('tools', '清洁工具分区使用、标识清楚', 10),
];

/** Spot checks of the high-touch surfaces, where the risk level calls for them. */
function spotChecks(risk: RiskLevel): SheetItem[] {
  if (risk === RiskLevel.LOW) return [];
  return [
    { key: 'atp-high-touch', label: '高频接触表面 ATP 检测', kind: SheetItemKind.ATP, weight: 20, maxRlu: DEFAULT_MAX_RLU[risk], minClearancePercent: null },
    {
      key: 'fluorescent-marks',
      label: '荧光标记清除',
      kind: SheetItemKind.FLUORESCENT,
      weight: 20,
      maxRlu: null,
      minClearancePercent: DEFAULT_MIN_CLEARANCE_PERCENT[risk],
    },
  ];
}

const OWN_ITEMS: Record<ZoneKind, SheetItem[]> = {
  [ZoneKind.OPERATING_THEATRE]: [check('terminal', '术间终末消毒记录完整', 10)],
  [ZoneKind.ICU]: [check('bed-unit', '床单位一床一巾一消毒', 10)],
  [ZoneKind.ISOLATION_WARD]: [check('disinfectant', '含氯消毒剂浓度检测合格', 10)],
  [ZoneKind.WARD]: [check('bed-unit', '出院床单位终末清洁', 10)],
  [ZoneKind.EMERGENCY]: [check('spills', '血液体液污染即时处理', 10)],
  [ZoneKind.OUTPATIENT]: [check('waiting', '候诊区座椅扶手清洁', 10)],
  [ZoneKind.LABORATORY]: [check('benches', '实验台面清洁消毒', 10)],
  [ZoneKind.PUBLIC_AREA]: [check('toilets', '公共卫生间无异味、无积水', 25), check('lifts', '电梯轿厢及按钮清洁', 25)],
  [ZoneKind.OFFICE]: [check('desks', '办公区桌面、门把手清洁', 25), check('windows', '门窗玻璃洁净', 25)],
};

const KIND_NAMES_ZH: Record<ZoneKind, string> = {
  [ZoneKind.OPERATING_THEATRE]: '手术室',
  [ZoneKind.ICU]: '重症监护室',
  [ZoneKind.ISOLATION_WARD]: '隔离病区',
  [ZoneKind.WARD]: '普通病区',
  [ZoneKind.EMERGENCY]: '急诊',
  [ZoneKind.OUTPATIENT]: '门诊',
  [ZoneKind.LABORATORY]: '检验科',
  [ZoneKind.PUBLIC_AREA]: '公共区域',
  [ZoneKind.OFFICE]: '行政办公区',
};

/** A sensible starting sheet for a kind of zone (the demo seeds these; a campus edits its own). */
export function defaultSheet(kind: ZoneKind): { name: string; passScore: number; items: SheetItem[] } {
  return {
    name: `${KIND_NAMES_ZH[kind]}卫生检查评分表`,
    passScore: DEFAULT_PASS_SCORE,
    items: [...BASICS, ...spotChecks(DEFAULT_RISK_LEVEL[kind]), ...OWN_ITEMS[kind]],
  };
}
