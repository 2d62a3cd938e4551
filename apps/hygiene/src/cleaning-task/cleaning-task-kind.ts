/** Why a place is to be cleaned. */
export enum CleaningTaskKind {
  /** 日常保洁: a round of the zone's daily schedule. */
  ROUTINE = 'ROUTINE',
  /** 每周大扫除: the zone's weekly deep clean. */
  DEEP = 'DEEP',
  /** 终末消毒: the bed or room a patient left (discharge, transfer out). */
  TERMINAL = 'TERMINAL',
  /** 污染处理: blood, body fluid or other spill. */
  SPILL = 'SPILL',
  /** 维修后保洁: a repair in the room was finished. */
  AFTER_REPAIR = 'AFTER_REPAIR',
  /** 整改: an inspection item failed. */
  CORRECTIVE = 'CORRECTIVE',
  /** 临时保洁: asked for by a ward. */
  AD_HOC = 'AD_HOC',
}

export enum CleaningPriority {
  URGENT = 'URGENT',
  /** 优先: an admission is waiting for the bed. */
  CLEAN_NEXT = 'CLEAN_NEXT',
  ROUTINE = 'ROUTINE',
}

/** Isolation precautions as the HIS feed sends them (his.encounter events). */
export enum IsolationPrecaution {
  CONTACT = 'CONTACT',
  DROPLET = 'DROPLET',
  AIRBORNE = 'AIRBORNE',
  PROTECTIVE = 'PROTECTIVE',
}

export const CLEANING_TASK_KIND_ZH: Record<CleaningTaskKind, string> = {
  ROUTINE: '日常保洁',
  DEEP: '每周大扫除',
  TERMINAL: '终末消毒',
  SPILL: '污染处理',
  AFTER_REPAIR: '维修后保洁',
  CORRECTIVE: '检查整改',
  AD_HOC: '临时保洁',
};
