/** The kinds of area a campus cleans, as the score sheets and the default risk level tell them apart. */
export enum ZoneKind {
  OPERATING_THEATRE = 'OPERATING_THEATRE',
  ICU = 'ICU',
  ISOLATION_WARD = 'ISOLATION_WARD',
  WARD = 'WARD',
  EMERGENCY = 'EMERGENCY',
  OUTPATIENT = 'OUTPATIENT',
  LABORATORY = 'LABORATORY',
  PUBLIC_AREA = 'PUBLIC_AREA',
  OFFICE = 'OFFICE',
}

export const ZONE_KIND_ZH: Record<ZoneKind, string> = {
  OPERATING_THEATRE: '手术部',
  ICU: '重症监护',
  ISOLATION_WARD: '隔离病区',
  WARD: '普通病区',
  EMERGENCY: '急诊',
  OUTPATIENT: '门诊',
  LABORATORY: '检验科',
  PUBLIC_AREA: '公共区域',
  OFFICE: '行政办公',
};

/** 环境感染风险等级 (WS/T 512-2016): high, medium and low-risk areas clean and disinfect differently. */
export enum RiskLevel {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

/** The level a kind of area starts at (WS/T 512-2016 appendix A); a campus may raise a zone above it, never lower it. */
export const DEFAULT_RISK_LEVEL: Record<ZoneKind, RiskLevel> = {
  [ZoneKind.OPERATING_THEATRE]: RiskLevel.HIGH,
  [ZoneKind.ICU]: RiskLevel.HIGH,
  [ZoneKind.ISOLATION_WARD]: RiskLevel.HIGH,
  [ZoneKind.WARD]: RiskLevel.MEDIUM,
  [ZoneKind.EMERGENCY]: RiskLevel.MEDIUM,
  [ZoneKind.OUTPATIENT]: RiskLevel.MEDIUM,
  [ZoneKind.LABORATORY]: RiskLevel.MEDIUM,
  [ZoneKind.PUBLIC_AREA]: RiskLevel.LOW,
  [ZoneKind.OFFICE]: RiskLevel.LOW,
};
