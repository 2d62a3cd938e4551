import { AssetCategory } from '../asset/asset-category';

/**
 * The trades a reporter picks from on the scan page, in words a patient or nurse uses. Dispatchers may
 * recategorise; routing and intake questions work on these same category codes.
 */
export const PORTAL_TRADES: readonly { category: string; zh: string; en: string }[] = [
  { category: 'PLUMBING', zh: '漏水、堵塞、水龙头', en: 'Leaks, blockages, taps' },
  { category: 'ELECTRICAL', zh: '灯、插座、停电', en: 'Lights, sockets, power' },
  { category: 'HVAC', zh: '空调、通风、暖气', en: 'Air conditioning, ventilation, heating' },
  { category: 'ELEVATOR', zh: '电梯', en: 'Elevator' },
  { category: 'DOORS_WINDOWS', zh: '门窗、门锁', en: 'Doors, windows, locks' },
  { category: 'FURNITURE', zh: '病床、桌椅、柜子', en: 'Beds, tables, chairs, cabinets' },
  { category: 'MEDICAL_GAS', zh: '氧气、负压吸引', en: 'Oxygen, suction' },
  { category: 'CIVIL', zh: '墙面、地面、天花板', en: 'Walls, floors, ceilings' },
  { category: 'OTHER', zh: '其他', en: 'Something else' },
];

const TRADE_OF_ASSET: Partial<Record<AssetCategory, string>> = {
  [AssetCategory.ELEVATOR]: 'ELEVATOR',
  [AssetCategory.HVAC]: 'HVAC',
  [AssetCategory.LIGHTING]: 'ELECTRICAL',
  [AssetCategory.TRANSFORMER]: 'ELECTRICAL',
  [AssetCategory.GENERATOR]: 'ELECTRICAL',
  [AssetCategory.PLUMBING_FIXTURE]: 'PLUMBING',
  [AssetCategory.PUMP]: 'PLUMBING',
  [AssetCategory.MEDICAL_GAS]: 'MEDICAL_GAS',
  [AssetCategory.OXYGEN_SUPPLY]: 'MEDICAL_GAS',
};

/** The trade preselected on an asset's label (an elevator's label opens on ELEVATOR). */
export const tradeOfAsset = (category: string): string | null => TRADE_OF_ASSET[category as AssetCategory] ?? null;

export const isPortalTrade = (category: string) => PORTAL_TRADES.some((trade) => trade.category === category);
