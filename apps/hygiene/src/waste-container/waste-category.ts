/** 医疗废物分类 (《医疗废物分类目录》): the five categories, each with its own bag or box colour and disposal route. */
export enum WasteCategory {
  /** 感染性废物 */
  INFECTIOUS = 'INFECTIOUS',
  /** 损伤性废物 (sharps) */
  SHARPS = 'SHARPS',
  /** 病理性废物 */
  PATHOLOGICAL = 'PATHOLOGICAL',
  /** 药物性废物 */
  PHARMACEUTICAL = 'PHARMACEUTICAL',
  /** 化学性废物 */
  CHEMICAL = 'CHEMICAL',
}

export const WASTE_CATEGORY_ZH: Record<WasteCategory, string> = {
  INFECTIOUS: '感染性废物',
  SHARPS: '损伤性废物',
  PATHOLOGICAL: '病理性废物',
  PHARMACEUTICAL: '药物性废物',
  CHEMICAL: '化学性废物',
};

/** What the label is stuck on: a bag or a sharps box goes with its waste; a bin (周转箱) comes back and is filled again. */
export enum WasteContainerKind {
  BAG = 'BAG',
  SHARPS_BOX = 'SHARPS_BOX',
  BIN = 'BIN',
}

/**
 * The heaviest weighing each kind can honestly hold: a reading above it is a scale or typing error (kg typed as
 * grams ×1000), not waste. A full 感染性 bag is a few kilograms; a 周转箱 is rated for about 50 kg.
 */
export const MAX_WEIGHT_GRAMS: Record<WasteContainerKind, number> = { BAG: 20_000, SHARPS_BOX: 10_000, BIN: 60_000 };

/** Only a bin may be collected again, once its last load has left the hospital. */
export const isReusable = (kind: WasteContainerKind): boolean => kind === WasteContainerKind.BIN;
