import { defineLifecycle } from '@houqin/platform-lifecycle';
import { LINEN_KEEPERS } from '../hygiene.roles';
import { LinenExchangeStatus } from './linen-exchange-status';

export enum LinenExchangeAction {
  /** The laundry brings clean linen back: the collection stays open until every piece is back. */
  RETURN = 'RETURN',
  /** Settled short: what is still outstanding is written off as lost. */
  CLOSE = 'CLOSE',
}

const S = LinenExchangeStatus;

/** 收污 (CollectDirtyLinen creates it) → 送净, in one delivery or several → 已送回, or 结清 with losses. */
export const LINEN_EXCHANGE_LIFECYCLE = defineLifecycle<LinenExchangeStatus, LinenExchangeAction>({
  entity: { type: 'LinenExchange', en: 'linen collection', zh: '被服收发单' },
  illegalTransition: 'ILLEGAL_TRANSITION',
  states: {
    OPEN: { en: 'open', zh: '待送回' },
    RETURNED: { en: 'returned', zh: '已送回' },
    CLOSED: { en: 'settled', zh: '已结清' },
  },
  actions: {
    RETURN: { en: 'return clean linen against', zh: '登记送回', from: [S.OPEN], to: [S.OPEN, S.RETURNED], roles: LINEN_KEEPERS },
    CLOSE: { en: 'settle', zh: '结清', from: [S.OPEN], to: S.CLOSED, roles: LINEN_KEEPERS },
  },
  auditAction: (action) => `linen_exchange.${action.toLowerCase()}`,
});
