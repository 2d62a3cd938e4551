import { RiskLevel } from './zone-kind';

/** How a zone is cleaned routinely (保洁标准), by its risk level. */
export interface CleaningStandard {
  /** Routine rounds a day. */
  roundsPerDay: number;
  method: { zh: string; en: string };
  disinfectant: { zh: string; en: string };
  /** 有效氯 mg/L; 0: cleaning only, no disinfectant. */
  chlorineMgPerL: number;
  /** The weekly deep clean (每周一大扫). */
  weeklyDeepClean: boolean;
}

/**
 * WS/T 512-2016 医疗机构环境表面清洁与消毒管理规范 (表 A.1): low-risk areas are cleaned (湿式卫生) once or twice a day;
 * medium-risk areas cleaned and disinfected twice a day with 400–700 mg/L chlorine (we use 500); high-risk areas at
 * least twice a day with 400–700 mg/L and high-touch surfaces more often (we use 1000 for the OR, ICU and isolation
 * wards, as the figures say). Spills and blood use 2000 (clean-plan.ts). Every zone gets the weekly deep clean.
 */
export const CLEANING_STANDARDS: Record<RiskLevel, CleaningStandard> = {
  [RiskLevel.LOW]: {
    roundsPerDay: 1,
    method: { zh: '湿式卫生，清洁为主', en: 'Wet cleaning' },
    disinfectant: { zh: '清水或清洁剂', en: 'Water or detergent' },
    chlorineMgPerL: 0,
    weeklyDeepClean: true,
  },
  [RiskLevel.MEDIUM]: {
    roundsPerDay: 2,
    method: { zh: '湿式卫生，清洁后消毒', en: 'Wet cleaning, then disinfection' },
    disinfectant: { zh: '含氯消毒剂', en: 'Chlorine disinfectant' },
    chlorineMgPerL: 500,
    weeklyDeepClean: true,
  },
  [RiskLevel.HIGH]: {
    roundsPerDay: 3,
    method: { zh: '湿式卫生，清洁后消毒，高频接触表面增加频次', en: 'Wet cleaning and disinfection; high-touch surfaces more often' },
    disinfectant: { zh: '含氯消毒剂', en: 'Chlorine disinfectant' },
    chlorineMgPerL: 1000,
    weeklyDeepClean: true,
  },
};

const ORDER = [RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH];

/** A campus may raise a zone above its kind's level (an outbreak ward), never lower it. */
export const atLeast = (level: RiskLevel, minimum: RiskLevel) => ORDER.indexOf(level) >= ORDER.indexOf(minimum);
