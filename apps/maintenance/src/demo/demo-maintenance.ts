/**
 * The demo hospital group's engineering department (工程维修科), from the seeds' figures: elevators (two of
 * them for waste), steam sterilisers, generator sets (some over 10 years old), the central air-conditioning
 * plant, the power room and a boiler; routing tables per campus; and a few repair requests in flight.
 * Locations and teams are referred to by their org codes and names; the seeder looks their ids up.
 */

/** Every campus routes its trades to the crew of that trade (see the org demo teams). */
export const DEMO_ROUTING: { category: string; team: string }[] = [
  { category: 'PLUMBING', team: '水电班' },
  { category: 'ELECTRICAL', team: '电工班' },
  { category: 'HVAC', team: '空调班' },
  { category: 'ELEVATOR', team: '电梯维保' },
];

/** East answers faster than the platform default for normal work (its 2026 improvement target). */
export const DEMO_SLA_TARGETS = { campus: 'EAST', targets: [{ priority: 'NORMAL', responseMinutes: 60, resolutionMinutes: 12 * 60 }] };

export interface DemoCertificate {
  certificateNo: string;
  /** Days from today: the inspection in the past, validity ahead (so alerts show at 30 and 7 days). */
  inspectedDaysAgo: number;
  validForDays: number;
}

/** Public areas and plant rooms have no department of their own: the campus's logistics department pays. */
const LOGISTICS = '后勤保障部';

export interface DemoAsset {
  location: string;
  /** Department (by name, on the asset's campus) when the location has none. */
  department?: string;
  assetNo: string;
  name: string;
  category: string;
  criticality: 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW';
  registrationNo?: string;
  manufacturer?: string;
  model?: string;
  commissionedOn: string;
  warrantyEndsOn?: string;
  parent?: string;
  certificate?: DemoCertificate;
}

export const DEMO_INSPECTION_BODY = '华东市特种设备检验研究院';

export const DEMO_ASSETS: DemoAsset[] = [
  // East: inpatient elevators, two of them for waste (污物梯); certificates valid, expiring in 20 and 5 days, and one missing.
  {
    location: 'E-MZ-DT',
    department: LOGISTICS,
    assetNo: 'E-ELV-01',
    name: '住院楼1号客梯',
    category: 'ELEVATOR',
    criticality: 'CRITICAL',
    registrationNo: '梯11华A00101',
    manufacturer: '日立电梯',
    model: 'HGP-1600',
    commissionedOn: '2016-05-10',
    certificate: { certificateNo: 'DT-2026-0101', inspectedDaysAgo: 60, validForDays: 305 },
  },
  {
    location: 'E-MZ-DT',
    department: LOGISTICS,
    assetNo: 'E-ELV-02',
    name: '住院楼2号客梯',
    category: 'ELEVATOR',
    criticality: 'CRITICAL',
    registrationNo: '梯11华A00102',
    manufacturer: '日立电梯',
    model: 'HGP-1600',
    commissionedOn: '2016-05-10',
    certificate: { certificateNo: 'DT-2025-0102', inspectedDaysAgo: 345, validForDays: 365 },
  },
  {
    location: 'E-MZ-DT',
    department: LOGISTICS,
    assetNo: 'E-ELV-03',
    name: '3号污物梯',
    category: 'ELEVATOR',
    criticality: 'HIGH',
    registrationNo: '梯11华A00103',
    manufacturer: '通力电梯',
    model: 'MonoSpace 500',
    commissionedOn: '2014-09-01',
    certificate: { certificateNo: 'DT-2025-0103', inspectedDaysAgo: 360, validForDays: 365 },
  },
  {
    location: 'E-MZ-DT',
    department: LOGISTICS,
    assetNo: 'E-ELV-04',
    name: '4号污物梯',
    category: 'ELEVATOR',
    criticality: 'HIGH',
    registrationNo: '梯11华A00104',
    manufacturer: '通力电梯',
    model: 'MonoSpace 500',
    commissionedOn: '2014-09-01',
  },
  // East: steam sterilisers (压力容器, special equipment) in the emergency department's sterile supply.
  {
    location: 'E-MZ-JZ1',
    assetNo: 'E-STE-01',
    name: '脉动真空压力蒸汽灭菌器1号',
    category: 'STERILISER',
    criticality: 'CRITICAL',
    registrationNo: '容17华A00211',
    manufacturer: '新华医疗',
    model: 'XG1.DMD-1.2',
    commissionedOn: '2019-03-18',
    warrantyEndsOn: '2022-03-17',
    certificate: { certificateNo: 'RQ-2026-0211', inspectedDaysAgo: 100, validForDays: 265 },
  },
  {
    location: 'E-MZ-JZ1',
    assetNo: 'E-STE-02',
    name: '脉动真空压力蒸汽灭菌器2号',
    category: 'STERILISER',
    criticality: 'CRITICAL',
    registrationNo: '容17华A00212',
    manufacturer: '新华医疗',
    model: 'XG1.DMD-1.2',
    commissionedOn: '2019-03-18',
    certificate: { certificateNo: 'RQ-2026-0212', inspectedDaysAgo: 100, validForDays: 265 },
  },
  // East power room: transformer and generator sets, one over 10 years old.
  {
    location: 'E-ZY1-PD',
    department: LOGISTICS,
    assetNo: 'E-TRF-01',
    name: '1号干式变压器',
    category: 'TRANSFORMER',
    criticality: 'CRITICAL',
    manufacturer: '顺特电气',
    model: 'SCB10-1250',
    commissionedOn: '2012-11-20',
  },
  {
    location: 'E-ZY1-PD',
    department: LOGISTICS,
    assetNo: 'E-GEN-01',
    name: '1号柴油发电机组',
    category: 'GENERATOR',
    criticality: 'CRITICAL',
    manufacturer: '康明斯',
    model: 'C700D5',
    commissionedOn: '2013-06-01',
  },
  {
    location: 'E-ZY1-PD',
    department: LOGISTICS,
    assetNo: 'E-GEN-02',
    name: '2号柴油发电机组',
    category: 'GENERATOR',
    criticality: 'HIGH',
    manufacturer: '康明斯',
    model: 'C500D5',
    commissionedOn: '2020-08-15',
    warrantyEndsOn: '2025-08-14',
  },
  // East central air conditioning: the plant and its parts.
  {
    location: 'E-ZY1-PD',
    department: LOGISTICS,
    assetNo: 'E-HVAC-01',
    name: '中央空调冷站',
    category: 'HVAC',
    criticality: 'HIGH',
    commissionedOn: '2015-04-01',
  },
  {
    location: 'E-ZY1-PD',
    department: LOGISTICS,
    assetNo: 'E-HVAC-01-CH1',
    name: '1号离心式冷水机组',
    category: 'HVAC',
    criticality: 'HIGH',
    manufacturer: '约克',
    model: 'YK',
    commissionedOn: '2015-04-01',
    parent: 'E-HVAC-01',
  },
  {
    location: 'E-ZY1-PD',
    department: LOGISTICS,
    assetNo: 'E-HVAC-01-CT1',
    name: '1号冷却塔',
    category: 'HVAC',
    criticality: 'MEDIUM',
    commissionedOn: '2015-04-01',
    parent: 'E-HVAC-01',
  },
  // East ward 5: the oxygen terminal units patrolled around the clock.
  { location: 'E-ZY1-5W', assetNo: 'E-O2-5W', name: '5病区中心供氧终端', category: 'OXYGEN_SUPPLY', criticality: 'CRITICAL', commissionedOn: '2016-05-10' },
  // South: the boiler house.
  {
    location: 'S-HQ-GL',
    department: LOGISTICS,
    assetNo: 'S-BLR-01',
    name: '1号燃气蒸汽锅炉',
    category: 'BOILER',
    criticality: 'CRITICAL',
    registrationNo: '锅11华C00031',
    manufacturer: '泰山锅炉',
    model: 'WNS4-1.25-Q',
    commissionedOn: '2017-10-09',
    certificate: { certificateNo: 'GL-2026-0031', inspectedDaysAgo: 30, validForDays: 335 },
  },
  // West: one passenger elevator in the general building.
  {
    location: 'W-ZH-DT',
    department: LOGISTICS,
    assetNo: 'W-ELV-01',
    name: '综合楼1号客梯',
    category: 'ELEVATOR',
    criticality: 'CRITICAL',
    registrationNo: '梯11华B00051',
    manufacturer: '奥的斯',
    model: 'GeN2',
    commissionedOn: '2018-01-12',
    certificate: { certificateNo: 'DT-2026-0051', inspectedDaysAgo: 90, validForDays: 275 },
  },
];

export interface DemoRepairRequest {
  location?: string;
  department?: string;
  asset?: string;
  category: string;
  priority: 'URGENT' | 'HIGH' | 'NORMAL' | 'LOW';
  title: string;
  description?: string;
  /** Dispatch to the routed team's named technician (employee number). */
  dispatchTo?: string;
}

export const DEMO_REPAIR_REQUESTS: DemoRepairRequest[] = [
  {
    location: 'E-ZY1-5W',
    category: 'PLUMBING',
    priority: 'HIGH',
    title: '5病区卫生间阀门漏水',
    description: '水已漫到走廊，附近无电器插座',
    dispatchTo: 'E1021',
  },
  { location: 'E-ZY1-501-1', category: 'ELECTRICAL', priority: 'NORMAL', title: '501-1床呼叫器不响' },
  { asset: 'E-ELV-03', category: 'ELEVATOR', priority: 'URGENT', title: '3号污物梯运行异响', description: '轿厢下行时有金属摩擦声' },
  { location: 'E-MZ-DT', department: LOGISTICS, category: 'ELECTRICAL', priority: 'LOW', title: '门诊大厅东侧筒灯不亮（3盏）' },
];

/** 持证上岗: the licences of the demo crews that need one (electricians, elevator fitters). */
export const DEMO_TECHNICIAN_LICENCES: { employeeNo: string; kind: string; certificateNo: string; issuedOn: string; validUntil: string }[] = [
  { employeeNo: 'E1022', kind: 'ELECTRICIAN', certificateNo: 'T330106198503152317', issuedOn: '2023-04-10', validUntil: '2029-04-09' },
  { employeeNo: 'E1024', kind: 'ELEVATOR', certificateNo: 'TS-T-2024-0088', issuedOn: '2024-06-01', validUntil: '2028-05-31' },
  { employeeNo: 'W1022', kind: 'ELECTRICIAN', certificateNo: 'T330106199007082911', issuedOn: '2022-09-20', validUntil: '2028-09-19' },
  { employeeNo: 'W1024', kind: 'ELEVATOR', certificateNo: 'TS-T-2023-0147', issuedOn: '2023-11-15', validUntil: '2027-11-14' },
];
export const DEMO_LICENCE_AUTHORITY = '华东市应急管理局';

/** East's roster for the next day: day shifts 08:00–17:00 and the night's 24-hour standby (Beijing time). */
export const DEMO_EAST_ROSTER: { employeeNo: string; kind: 'SHIFT' | 'ON_CALL'; startHour: number; hours: number }[] = [
  { employeeNo: 'E1021', kind: 'SHIFT', startHour: 8, hours: 9 },
  { employeeNo: 'E1022', kind: 'SHIFT', startHour: 8, hours: 9 },
  { employeeNo: 'E1024', kind: 'SHIFT', startHour: 8, hours: 9 },
  { employeeNo: 'E1022', kind: 'ON_CALL', startHour: 17, hours: 15 },
];

/** The elevator maintenance company East calls in (电梯维保单位), on site within 2 h for urgent calls. */
export const DEMO_VENDORS = [
  {
    vendor: { name: '杭州通力电梯维保有限公司', unifiedSocialCreditCode: '91330100MA2HQ0E1XQ', contactName: '沈工', contactPhone: '0571-86000001' },
    contract: {
      contractNo: 'WB-2026-DT-01',
      campuses: ['EAST', 'WEST'],
      categories: ['ELEVATOR'],
      onSiteMinutes: [
        { priority: 'URGENT', minutes: 120 },
        { priority: 'HIGH', minutes: 240 },
        { priority: 'NORMAL', minutes: 24 * 60 },
        { priority: 'LOW', minutes: 72 * 60 },
      ],
      callOutFeeFen: 30_000,
      annualFeeFen: 48_000_000,
    },
  },
];

/** Monthly elevator maintenance (电梯月度保养) for every elevator of East, a week's lead. */
export const DEMO_PM_PLAN = {
  campus: 'EAST',
  category: 'ELEVATOR',
  name: '电梯月度保养',
  team: '电梯维保',
  workCategory: 'ELEVATOR',
  leadDays: 7,
  trigger: { kind: 'EVERY', every: 1, unit: 'MONTHS' },
  checklist: [
    { label: '曳引机运行无异响', kind: 'CHECK' },
    { label: '制动器间隙', kind: 'READING', unit: 'PERCENT', min: 0, max: 100 },
    { label: '机房温度', kind: 'READING', unit: 'CELSIUS', min: 5, max: 40 },
  ],
};

/** The power room round per shift (配电房巡检): transformer temperature and the oxygen manifold on ward 5. */
export const DEMO_INSPECTION_ROUTE = {
  campus: 'EAST',
  name: '配电房及供氧巡检',
  team: '电工班',
  startTimes: ['08:00', '16:00', '00:00'],
  durationMinutes: 60,
  startGraceMinutes: 15,
  checkpoints: [
    { location: 'E-ZY1-PD', asset: 'E-TRF-01', label: '1号变压器温度', kind: 'READING', unit: 'CELSIUS', max: 85, workCategory: 'ELECTRICAL' },
    { location: 'E-ZY1-PD', asset: 'E-GEN-01', label: '1号发电机组油位', kind: 'READING', unit: 'PERCENT', min: 60, workCategory: 'ELECTRICAL' },
    { location: 'E-ZY1-5W', asset: 'E-O2-5W', label: '5病区供氧压力', kind: 'READING', unit: 'MPA', min: 0.4, max: 0.6, workCategory: 'MEDICAL_GAS' },
  ],
};

/** Group-wide questions that stop the second call for a leak (25% of tickets needed one). */
export const DEMO_INTAKE_QUESTIONS = {
  category: 'PLUMBING',
  questions: [
    {
      key: 'WATER_NEAR_ELECTRICAL',
      questionZh: '漏水处附近是否有电器或插座？',
      questionEn: 'Is the water near electrical equipment or sockets?',
      answerType: 'YES_NO',
      required: true,
    },
    { key: 'STILL_LEAKING', questionZh: '现在是否仍在漏水？', questionEn: 'Is it still leaking?', answerType: 'YES_NO', required: true },
  ],
};

/** Labour rates (工时单价): East's default and its elevator crew's. */
export const DEMO_LABOUR_RATES = [
  { campus: 'EAST', fenPerHour: 6_000 },
  { campus: 'EAST', team: '电梯维保', fenPerHour: 9_000 },
];
