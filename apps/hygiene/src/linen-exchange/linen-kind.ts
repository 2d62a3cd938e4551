/** The kinds of linen a department exchanges with the laundry (床单被罩 / 病号服 / 工作服 …); LINEN_KINDS in the events' contract. */
export enum LinenKind {
  BED_SHEET = 'BED_SHEET',
  DUVET_COVER = 'DUVET_COVER',
  PILLOWCASE = 'PILLOWCASE',
  PATIENT_GOWN = 'PATIENT_GOWN',
  STAFF_UNIFORM = 'STAFF_UNIFORM',
  SURGICAL_GOWN = 'SURGICAL_GOWN',
  PRIVACY_CURTAIN = 'PRIVACY_CURTAIN',
}

export const LINEN_KIND_ZH: Record<LinenKind, string> = {
  BED_SHEET: '床单',
  DUVET_COVER: '被套',
  PILLOWCASE: '枕套',
  PATIENT_GOWN: '病号服',
  STAFF_UNIFORM: '工作服',
  SURGICAL_GOWN: '手术衣',
  PRIVACY_CURTAIN: '隔帘',
};
