/** The four pests of 除四害 (rats, cockroaches, mosquitoes, flies) and termites (白蚁); PESTS in the events' contract. */
export enum Pest {
  RODENT = 'RODENT',
  COCKROACH = 'COCKROACH',
  MOSQUITO = 'MOSQUITO',
  FLY = 'FLY',
  TERMITE = 'TERMITE',
}

export const PEST_ZH: Record<Pest, string> = { RODENT: '鼠', COCKROACH: '蟑螂', MOSQUITO: '蚊', FLY: '蝇', TERMITE: '白蚁' };

/** Where a follow-up of a finding stands. */
export enum PestFollowUpStatus {
  /** 整改中: the action is under way; a re-check is due on `dueOn`. */
  OPEN = 'OPEN',
  /** 已复查关闭: a re-check found the area clear. */
  CLOSED = 'CLOSED',
}
