import { defineLifecycle } from '@houqin/platform-lifecycle';
import { PEST_CONTROL_KEEPERS } from '../hygiene.roles';
import { PestFollowUpStatus } from './pest';

export enum PestFollowUpAction {
  /** 复查: cleared closes it; not cleared keeps it open with a new due date. */
  RECHECK = 'RECHECK',
}

const S = PestFollowUpStatus;

/** 整改 (opened from a finding by OpenPestFollowUp) → 复查, as often as it takes → 关闭. */
export const PEST_FOLLOW_UP_LIFECYCLE = defineLifecycle<PestFollowUpStatus, PestFollowUpAction>({
  entity: { type: 'PestFollowUp', en: 'pest follow-up', zh: '虫害整改' },
  illegalTransition: 'ILLEGAL_TRANSITION',
  states: { OPEN: { en: 'open', zh: '整改中' }, CLOSED: { en: 'closed', zh: '已关闭' } },
  actions: { RECHECK: { en: 're-check', zh: '复查', from: [S.OPEN], to: [S.OPEN, S.CLOSED], roles: PEST_CONTROL_KEEPERS } },
  auditAction: (action) => `pest_follow_up.${action.toLowerCase()}`,
});
