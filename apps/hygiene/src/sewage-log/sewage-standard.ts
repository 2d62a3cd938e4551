/**
 * Which column of GB 18466-2005 《医疗机构水污染物排放标准》 table 2 (综合医疗机构和其他医疗机构水污染物排放限值，
 * 日均值) a station meets: 排放标准 when its water goes to surface water directly or indirectly, 预处理标准 when it goes
 * to a sewer ending in a working municipal secondary treatment plant (§4.1.2).
 */
export enum SewageStandard {
  DISCHARGE = 'DISCHARGE',
  PRETREATMENT = 'PRETREATMENT',
}

/** The readings a station logs daily and the standard limits. */
export enum SewageParameter {
  PH = 'PH',
  COD = 'COD',
  BOD5 = 'BOD5',
  SS = 'SS',
  AMMONIA_NITROGEN = 'AMMONIA_NITROGEN',
  FECAL_COLIFORM = 'FECAL_COLIFORM',
  /** Total residual chlorine at the outlet of the contact tank (接触池出口总余氯). */
  RESIDUAL_CHLORINE = 'RESIDUAL_CHLORINE',
}

export const SEWAGE_PARAMETERS: Record<SewageParameter, { zh: string; en: string; unit: string }> = {
  PH: { zh: 'pH', en: 'pH', unit: '' },
  COD: { zh: '化学需氧量(COD)', en: 'COD', unit: 'mg/L' },
  BOD5: { zh: '五日生化需氧量(BOD5)', en: 'BOD5', unit: 'mg/L' },
  SS: { zh: '悬浮物(SS)', en: 'SS', unit: 'mg/L' },
  AMMONIA_NITROGEN: { zh: '氨氮', en: 'ammonia nitrogen', unit: 'mg/L' },
  FECAL_COLIFORM: { zh: '粪大肠菌群数', en: 'fecal coliforms', unit: 'MPN/L' },
  RESIDUAL_CHLORINE: { zh: '总余氯', en: 'total residual chlorine', unit: 'mg/L' },
};

/** How the station disinfects; the residual chlorine limit applies to chlorine-based ones only (table 2, note 2). */
export enum Disinfectant {
  SODIUM_HYPOCHLORITE = 'SODIUM_HYPOCHLORITE',
  CHLORINE_DIOXIDE = 'CHLORINE_DIOXIDE',
  LIQUID_CHLORINE = 'LIQUID_CHLORINE',
  CHLORINE_TABLETS = 'CHLORINE_TABLETS',
  OZONE = 'OZONE',
  ULTRAVIOLET = 'ULTRAVIOLET',
}

export const DISINFECTANT_ZH: Record<Disinfectant, string> = {
  SODIUM_HYPOCHLORITE: '次氯酸钠',
  CHLORINE_DIOXIDE: '二氧化氯',
  LIQUID_CHLORINE: '液氯',
  CHLORINE_TABLETS: '含氯消毒片',
  OZONE: '臭氧',
  ULTRAVIOLET: '紫外线',
};

export const CHLORINE_BASED: ReadonlySet<Disinfectant> = new Set([
  Disinfectant.SODIUM_HYPOCHLORITE,
  Disinfectant.CHLORINE_DIOXIDE,
  Disinfectant.LIQUID_CHLORINE,
  Disinfectant.CHLORINE_TABLETS,
]);

export interface SewageLimit {
  parameter: SewageParameter;
  /** Null: no lower limit. */
  min: number | null;
  /** Null: no upper limit. */
  max: number | null;
}

/**
 * The defaults, from GB 18466-2005 table 2 (daily means), column 排放标准 or 预处理标准. Total residual chlorine is
 * the process requirement of the table's note 1 for chlorine disinfection (contact ≥ 1 h): 3–10 mg/L at the
 * contact tank's outlet for 排放标准, 2–8 mg/L for 预处理标准. Ammonia nitrogen has no 预处理 limit. A campus may
 * tighten any of them (a local standard, its discharge permit) with SetSewageStation.
 */
export const GB_18466_TABLE_2: Record<SewageStandard, readonly SewageLimit[]> = {
  DISCHARGE: [
    { parameter: SewageParameter.PH, min: 6, max: 9 },
    { parameter: SewageParameter.COD, min: null, max: 60 },
    { parameter: SewageParameter.BOD5, min: null, max: 20 },
    { parameter: SewageParameter.SS, min: null, max: 20 },
    { parameter: SewageParameter.AMMONIA_NITROGEN, min: null, max: 15 },
    { parameter: SewageParameter.FECAL_COLIFORM, min: null, max: 500 },
    { parameter: SewageParameter.RESIDUAL_CHLORINE, min: 3, max: 10 },
  ],
  PRETREATMENT: [
    { parameter: SewageParameter.PH, min: 6, max: 9 },
    { parameter: SewageParameter.COD, min: null, max: 250 },
    { parameter: SewageParameter.BOD5, min: null, max: 100 },
    { parameter: SewageParameter.SS, min: null, max: 60 },
    { parameter: SewageParameter.FECAL_COLIFORM, min: null, max: 5000 },
    { parameter: SewageParameter.RESIDUAL_CHLORINE, min: 2, max: 8 },
  ],
};

/** The seeds' station works 8 timed hours a day (污水处理站每日定时工作 8 小时). */
export const DEFAULT_RUN_HOURS = 8;
