export enum AssetCategory {
  ELEVATOR = 'ELEVATOR',
  BOILER = 'BOILER',
  PRESSURE_VESSEL = 'PRESSURE_VESSEL',
  STERILISER = 'STERILISER',
  GENERATOR = 'GENERATOR',
  TRANSFORMER = 'TRANSFORMER',
  HVAC = 'HVAC',
  OXYGEN_SUPPLY = 'OXYGEN_SUPPLY',
  PUMP = 'PUMP',
  MEDICAL_GAS = 'MEDICAL_GAS',
  LIGHTING = 'LIGHTING',
  PLUMBING_FIXTURE = 'PLUMBING_FIXTURE',
  OTHER = 'OTHER',
}

/** How much the hospital depends on the asset: decides repair priority and spare-part stocking. */
export enum AssetCriticality {
  CRITICAL = 'CRITICAL',
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

export const CATEGORY_LABELS_ZH: Record<AssetCategory, string> = {
  ELEVATOR: '电梯',
  BOILER: '锅炉',
  PRESSURE_VESSEL: '压力容器',
  STERILISER: '灭菌器',
  GENERATOR: '发电机组',
  TRANSFORMER: '变压器',
  HVAC: '暖通空调',
  OXYGEN_SUPPLY: '供氧系统',
  PUMP: '水泵',
  MEDICAL_GAS: '医用气体',
  LIGHTING: '照明',
  PLUMBING_FIXTURE: '给排水设施',
  OTHER: '其他',
};

/**
 * 特种设备: the categories the Special Equipment Safety Law covers in a hospital. They must be registered
 * with the market regulator (使用登记证) and carry a valid periodic inspection certificate (检验合格证).
 */
export const SPECIAL_EQUIPMENT_CATEGORIES: readonly AssetCategory[] = [
  AssetCategory.ELEVATOR,
  AssetCategory.BOILER,
  AssetCategory.PRESSURE_VESSEL,
  AssetCategory.STERILISER,
];

export const isSpecialEquipment = (category: AssetCategory): boolean => SPECIAL_EQUIPMENT_CATEGORIES.includes(category);
