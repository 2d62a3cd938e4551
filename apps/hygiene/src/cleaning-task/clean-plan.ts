import { RiskLevel } from '../zone/zone-kind';
import { CleaningTaskKind, IsolationPrecaution } from './cleaning-task-kind';

/** One step of a clean the cleaner ticks off on the checklist before the task can finish. */
export interface ChecklistItem {
  code: string;
  zh: string;
  en: string;
}

/** What a clean must do: its level, the disinfectant strength, and the checklist. */
export interface CleanPlan {
  riskLevel: RiskLevel;
  /** 含氯消毒剂有效氯浓度, mg/L. */
  chlorineMgPerL: number;
  checklist: ChecklistItem[];
}

const item = (code: string, zh: string, en: string): ChecklistItem => ({ code, zh, en });

const STRIP_LINEN = item('STRIP_LINEN', '撤除床单位织物，分类装袋送洗', 'Strip the bed linen and bag it for the laundry');
const WIPE_BED_UNIT = (mg: number) =>
  item('WIPE_BED_UNIT', `床单元（床栏、床头柜、呼叫器、输液架）用 ${mg} mg/L 含氯消毒剂擦拭`, `Wipe the bed unit (rails, locker, call bell, drip stand) with ${mg} mg/L chlorine`);
const MATTRESS = item('MATTRESS', '床垫、枕芯用床单元消毒机消毒或更换', 'Disinfect the mattress and pillows with the bed-unit disinfector, or replace them');
const HIGH_TOUCH = (mg: number) =>
  item('HIGH_TOUCH', `高频接触表面（门把手、开关、设备带）用 ${mg} mg/L 含氯消毒剂擦拭`, `Wipe high-touch surfaces (handles, switches, bed-head units) with ${mg} mg/L chlorine`);
const FLOOR = item('FLOOR', '地面湿式清洁消毒', 'Wet-clean and disinfect the floor');
const BINS = item('BINS', '清倒生活垃圾，更换垃圾袋', 'Empty the general waste bins and reline them');
const TOOLS = item('TOOLS', '清洁工具按区域分色使用，用后清洗消毒', 'Use the area’s colour-coded cloths and mops; wash and disinfect them afterwards');
const MAKE_BED = item('MAKE_BED', '铺备用床', 'Make the bed up for the next patient');
const CURTAIN = item('CURTAIN', '更换床间隔帘', 'Replace the bed curtains');
const INFECTIOUS_LINEN = item('INFECTIOUS_LINEN', '感染性织物双层黄色袋密封并标识', 'Double-bag the linen as infectious (yellow bags), sealed and labelled');
const DEDICATED_TOOLS = item('DEDICATED_TOOLS', '使用隔离病室专用清洁工具', 'Use the isolation room’s dedicated cleaning tools');
const AIR = item('AIR', '空气消毒（紫外线灯或空气消毒机不少于 30 分钟）', 'Disinfect the air (UV lamp or air disinfector, at least 30 minutes)');
const SEALED_AIR = item(
  'SEALED_AIR',
  '关闭门窗，过氧化氢喷雾或紫外线空气消毒不少于 60 分钟，后通风 30 分钟',
  'Close the room; hydrogen peroxide or UV air disinfection for at least 60 minutes, then ventilate 30 minutes',
);
const RESPIRATOR = item('RESPIRATOR', '进入前穿戴医用防护口罩（N95）及防护服', 'Put on an N95 respirator and gown before entering');
const DEEP = item('DEEP', '门窗、墙面、通风口、家具背面彻底清洁', 'Clean windows, walls, vents and behind furniture thoroughly');
const ABSORB = item('ABSORB', '吸湿材料覆盖污染物并清除（按医疗废物处理）', 'Cover the spill with absorbent, remove it as medical waste');
const SPILL_SOAK = item('SPILL_SOAK', '污染区域用 2000 mg/L 含氯消毒剂作用 30 分钟', 'Soak the area with 2000 mg/L chlorine for 30 minutes');
const DEBRIS = item('DEBRIS', '清除维修垃圾与粉尘', 'Remove the repair debris and dust');
const RECTIFY = item('RECTIFY', '整改检查不合格项并自查', 'Put the failed inspection item right and check it');

/** WS/T 512-2016 strengths: routine 500 mg/L, high-risk areas and contact or droplet isolation 1000, airborne and spills 2000. */
const CHLORINE: Record<RiskLevel, number> = { [RiskLevel.LOW]: 500, [RiskLevel.MEDIUM]: 500, [RiskLevel.HIGH]: 1000 };
const SPILL_CHLORINE = 2000;

/** Precautions against what the patient spreads; protective isolation shields the patient and needs no extra step. */
const SPREADING = [IsolationPrecaution.CONTACT, IsolationPrecaution.DROPLET, IsolationPrecaution.AIRBORNE];

/**
 * The clean a task asks for (WS/T 512-2016 医疗机构环境表面清洁与消毒管理规范; WS/T 311-2023 isolation): the zone's risk
 * level, raised to high by a patient's isolation precautions, sets the disinfectant; the precautions add their stages
 * (curtains and infectious linen for contact, air disinfection for droplet, a sealed room and respirators for airborne).
 */
export function planClean(kind: CleaningTaskKind, zoneRisk: RiskLevel, precautions: readonly string[]): CleanPlan {
  const spreading = SPREADING.filter((p) => precautions.includes(p));
  const riskLevel = spreading.length > 0 ? RiskLevel.HIGH : zoneRisk;
  const airborne = spreading.includes(IsolationPrecaution.AIRBORNE);
  const mg = kind === CleaningTaskKind.SPILL || airborne ? SPILL_CHLORINE : CHLORINE[riskLevel];
  return { riskLevel, chlorineMgPerL: mg, checklist: checklistOf(kind, mg, spreading) };
}

function checklistOf(kind: CleaningTaskKind, mg: number, spreading: IsolationPrecaution[]): ChecklistItem[] {
  switch (kind) {
    case CleaningTaskKind.TERMINAL: {
      const droplet = spreading.includes(IsolationPrecaution.DROPLET);
      const airborne = spreading.includes(IsolationPrecaution.AIRBORNE);
      return [
        ...(airborne ? [RESPIRATOR] : []),
        STRIP_LINEN,
        ...(spreading.length ? [INFECTIOUS_LINEN, CURTAIN, DEDICATED_TOOLS] : []),
        WIPE_BED_UNIT(mg),
        MATTRESS,
        HIGH_TOUCH(mg),
        FLOOR,
        ...(airborne ? [SEALED_AIR] : droplet ? [AIR] : []),
        TOOLS,
        MAKE_BED,
      ];
    }
    case CleaningTaskKind.ROUTINE:
      return [HIGH_TOUCH(mg), FLOOR, BINS, TOOLS];
    case CleaningTaskKind.DEEP:
      return [DEEP, HIGH_TOUCH(mg), FLOOR, BINS, TOOLS];
    case CleaningTaskKind.SPILL:
      return [ABSORB, SPILL_SOAK, FLOOR, TOOLS];
    case CleaningTaskKind.AFTER_REPAIR:
      return [DEBRIS, HIGH_TOUCH(mg), FLOOR, TOOLS];
    case CleaningTaskKind.CORRECTIVE:
      return [RECTIFY, TOOLS];
    case CleaningTaskKind.AD_HOC:
      return [HIGH_TOUCH(mg), FLOOR, TOOLS];
  }
}

/** The checklist items a finish left unticked (all are required). */
export const missingItems = (checklist: readonly ChecklistItem[], done: readonly string[]): string[] =>
  checklist.filter((step) => !done.includes(step.code)).map((step) => step.code);
