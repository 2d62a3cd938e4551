import { defineLifecycle } from '@houqin/platform-lifecycle';
import { WARD_SIGNERS, WASTE_HANDLERS } from '../hygiene.roles';
import { WasteCollectionStatus } from './waste-collection-status';

export enum WasteCollectionAction {
  CONFIRM_HANDOVER = 'CONFIRM_HANDOVER',
  STORE = 'STORE',
  TRANSFER = 'TRANSFER',
}

/**
 * Collecting creates the row (RecordWasteCollection); the ward's signature, the store and the transfer move it on.
 * Nothing unsigned goes into the store, and nothing leaves for disposal except from the store.
 */
export const WASTE_COLLECTION_LIFECYCLE = defineLifecycle<WasteCollectionStatus, WasteCollectionAction>({
  entity: { type: 'WasteCollection', en: 'waste collection', zh: '医疗废物收集' },
  illegalTransition: 'ILLEGAL_TRANSITION',
  states: {
    COLLECTED: { en: 'awaiting the ward signature', zh: '待科室签字' },
    HANDED_OVER: { en: 'handed over', zh: '已交接' },
    STORED: { en: 'in the temporary store', zh: '已入暂存间' },
    TRANSFERRED: { en: 'transferred', zh: '已转运' },
  },
  actions: {
    CONFIRM_HANDOVER: { en: 'sign over', zh: '签字交接', from: [WasteCollectionStatus.COLLECTED], to: WasteCollectionStatus.HANDED_OVER, roles: WARD_SIGNERS },
    STORE: { en: 'store', zh: '入暂存间', from: [WasteCollectionStatus.HANDED_OVER], to: WasteCollectionStatus.STORED, roles: WASTE_HANDLERS },
    TRANSFER: { en: 'transfer', zh: '转运', from: [WasteCollectionStatus.STORED], to: WasteCollectionStatus.TRANSFERRED, roles: WASTE_HANDLERS },
  },
  auditAction: (action) => `waste_collection.${action.toLowerCase()}`,
});
