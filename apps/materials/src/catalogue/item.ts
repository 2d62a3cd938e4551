/** What an item is used for; drives reports (consumables vs. spare parts) and, later, purchasing rules. */
export enum ItemCategory {
  /** 备品备件: parts used in repairs. */
  SPARE_PART = 'SPARE_PART',
  /** 低值易耗品. */
  CONSUMABLE = 'CONSUMABLE',
  /** 防护用品: masks, gowns, gloves (emergency reserve). */
  PROTECTIVE = 'PROTECTIVE',
  /** 保洁用品. */
  CLEANING = 'CLEANING',
  /** 办公用品. */
  OFFICE = 'OFFICE',
}

export const ITEM_CATEGORIES = Object.values(ItemCategory);
