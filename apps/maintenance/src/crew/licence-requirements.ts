import { chinaToday } from '@houqin/platform-calendar';

/**
 * 特种作业操作证 (应急管理部门) and 特种设备作业人员证 (市场监管部门) a hospital's technicians hold. Work on
 * the equipment they cover is 持证上岗: only by someone holding a valid one.
 */
export enum LicenceKind {
  /** 电工作业（低压电工作业）操作证 */
  ELECTRICIAN = 'ELECTRICIAN',
  /** 电工作业（高压电工作业）操作证 */
  HIGH_VOLTAGE_ELECTRICIAN = 'HIGH_VOLTAGE_ELECTRICIAN',
  /** 特种设备作业人员证：电梯作业（T） */
  ELEVATOR = 'ELEVATOR',
  /** 特种设备作业人员证：锅炉作业（G） */
  BOILER = 'BOILER',
  /** 特种设备作业人员证：压力容器作业（R） */
  PRESSURE_VESSEL = 'PRESSURE_VESSEL',
  /** 焊接与热切割作业操作证 */
  WELDING = 'WELDING',
  /** 制冷与空调作业操作证 */
  REFRIGERATION = 'REFRIGERATION',
  /** 医用气体系统作业资格 */
  MEDICAL_GAS = 'MEDICAL_GAS',
}

export const LICENCE_LABELS_ZH: Record<LicenceKind, string> = {
  ELECTRICIAN: '低压电工作业操作证',
  HIGH_VOLTAGE_ELECTRICIAN: '高压电工作业操作证',
  ELEVATOR: '电梯作业人员证（T）',
  BOILER: '锅炉作业人员证（G）',
  PRESSURE_VESSEL: '压力容器作业人员证（R）',
  WELDING: '焊接与热切割作业操作证',
  REFRIGERATION: '制冷与空调作业操作证',
  MEDICAL_GAS: '医用气体作业证',
};

/** A certificate as far as qualification goes: what it covers and when (China dates, YYYY-MM-DD). */
export interface HeldLicence {
  kind: LicenceKind;
  issuedOn: string;
  validUntil: string;
}

const K = LicenceKind;

/** Work-order categories that need a licence, with their name for messages; any other category needs none. */
const REQUIRED: Record<string, { kinds: LicenceKind[]; zh: string }> = {
  ELECTRICAL: { kinds: [K.ELECTRICIAN], zh: '电气' },
  HIGH_VOLTAGE: { kinds: [K.HIGH_VOLTAGE_ELECTRICIAN], zh: '高压配电' },
  ELEVATOR: { kinds: [K.ELEVATOR], zh: '电梯' },
  BOILER: { kinds: [K.BOILER], zh: '锅炉' },
  PRESSURE_VESSEL: { kinds: [K.PRESSURE_VESSEL], zh: '压力容器' },
  STERILISER: { kinds: [K.PRESSURE_VESSEL], zh: '灭菌器' },
  HVAC: { kinds: [K.REFRIGERATION], zh: '暖通空调' },
  MEDICAL_GAS: { kinds: [K.MEDICAL_GAS], zh: '医用气体' },
  OXYGEN_SUPPLY: { kinds: [K.MEDICAL_GAS], zh: '供氧系统' },
  WELDING: { kinds: [K.WELDING], zh: '焊接' },
};

/** Categories are free text on the order; the catalogue's are upper case. */
const normalised = (category: string) => category.trim().toUpperCase();

/** Which work needs which licence (持证上岗), and whether a technician's certificates cover it on a given day. */
export class LicenceRequirements {
  required(category: string): LicenceKind[] {
    return [...(REQUIRED[normalised(category)]?.kinds ?? [])];
  }

  /** The category's name in messages: 电梯, 锅炉, ...; the code itself for categories without a name. */
  categoryLabelZh(category: string): string {
    return REQUIRED[normalised(category)]?.zh ?? normalised(category);
  }

  /** The required kinds for which none of `held` is valid on today's China date; empty means qualified. */
  missing(category: string, held: readonly HeldLicence[], now: Date): LicenceKind[] {
    const today = chinaToday(now);
    return this.required(category).filter((kind) => !held.some((c) => c.kind === kind && c.issuedOn <= today && today <= c.validUntil));
  }
}
