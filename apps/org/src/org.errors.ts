import { defineServiceEntities, defineServiceErrors } from '@houqin/platform-errors';

/**
 * The org service's own error codes, with their zh-CN and en messages. The directory answers with the platform's
 * (NOT_FOUND, DUPLICATE, REFERENCE_MISMATCH, ...); these are the bed board's.
 */
export const ORG_ERRORS = defineServiceErrors('org', {
  BED_BOARD_NOT_A_WARD: { 'zh-CN': '“{code}”不是病区，床位一览按病区查看', en: '"{code}" is not a ward: bed boards are per ward' },
  BED_STATUS_NOT_A_BED: { 'zh-CN': '“{code}”不是床位，只有床位有床位状态', en: '"{code}" is not a bed: only beds have a bed status' },
  BED_STATUS_CHANGE_REFUSED: {
    'zh-CN': '床位当前为“{fromZh}”，不能手工改为“{toZh}”（占用与出院由 HIS 决定）',
    en: 'A bed that is {from} cannot be set to {to} by hand (occupancy comes from the HIS)',
  },
});

/** The org service's entities, with their Chinese names, as NOT_FOUND and REFERENCE_INACTIVE messages name them. */
export const ORG_ENTITIES = defineServiceEntities('org', {
  HospitalGroup: '医院集团',
});

declare module '@houqin/platform-errors' {
  // Declaration merging: the service's codes become members of the platform's ErrorCode type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ServiceErrorCodes extends Record<keyof typeof ORG_ERRORS, true> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ServiceEntityNames extends Record<keyof typeof ORG_ENTITIES, true> {}
}
