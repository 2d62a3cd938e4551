import { LocationKind } from '../location/location-hierarchy';
import { Trade } from '../team/trade';

/**
 * The demo hospital group as plain data (no I/O): what the local-mode seeder creates through the create
 * mutations, passing these ids. Every id is hard-coded so other services' demo data and the demo login
 * tokens can name the same campus, ward or nurse. Ids read `0196a1e0-<kind>-7000-8000-<campus><seq>`:
 * kind 0001 campus, 0002 building, 0003 floor, 0004 location, 0005 department, 0006 team, 0007 staff.
 * Scale follows shared/DOMAIN.md, shrunk for a demo: ~4 technicians per campus instead of 12 per hospital.
 */
export interface DemoCampus {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  address: string;
}
export interface DemoBuilding {
  id: string;
  campusId: string;
  code: string;
  name: string;
}
export interface DemoFloor {
  id: string;
  buildingId: string;
  campusId: string;
  level: number;
  name: string;
}
export interface DemoDepartment {
  id: string;
  campusId: string;
  name: string;
  nameEn: string;
  costCentreCode: string;
  hisCode: string | null;
}
export interface DemoLocation {
  id: string;
  campusId: string;
  buildingId: string;
  floorId: string | null;
  parentId: string | null;
  departmentId: string | null;
  kind: LocationKind;
  code: string;
  name: string;
  /** The HIS's code at its own level (PV1-3), for wards, rooms and beds the HIS knows. */
  hisCode?: string;
}
export interface DemoTeam {
  id: string;
  campusId: string;
  name: string;
  trade: Trade;
}
export interface DemoStaff {
  id: string;
  campusId: string;
  departmentId: string | null;
  teamId: string | null;
  employeeNo: string;
  name: string;
  jobTitle: string;
  phone: string | null;
}

const group = { name: '华东医科大学附属医院集团', nameEn: 'East China Medical University Affiliated Hospital Group' };

const campuses = {
  east: { id: '0196a1e0-0001-7000-8000-000000001000', code: 'EAST', name: '东院', nameEn: 'East Campus', address: '华东市滨江区康宁路 88 号' },
  west: { id: '0196a1e0-0001-7000-8000-000000002000', code: 'WEST', name: '西院', nameEn: 'West Campus', address: '华东市西湖区仁和路 210 号' },
  south: { id: '0196a1e0-0001-7000-8000-000000003000', code: 'SOUTH', name: '南院', nameEn: 'South Campus', address: '华东市南湖区颐年路 16 号' },
} satisfies Record<string, DemoCampus>;

const E = campuses.east.id;
const W = campuses.west.id;
const S = campuses.south.id;

const buildings = {
  eastOutpatient: { id: '0196a1e0-0002-7000-8000-000000001001', campusId: E, code: 'MZ', name: '门诊楼' },
  eastInpatient: { id: '0196a1e0-0002-7000-8000-000000001002', campusId: E, code: 'ZY1', name: '1号住院楼' },
  westGeneral: { id: '0196a1e0-0002-7000-8000-000000002001', campusId: W, code: 'ZH', name: '综合楼' },
  southInpatient: { id: '0196a1e0-0002-7000-8000-000000003001', campusId: S, code: 'ZY', name: '住院楼' },
  southLogistics: { id: '0196a1e0-0002-7000-8000-000000003002', campusId: S, code: 'HQ', name: '后勤楼' },
} satisfies Record<string, DemoBuilding>;

const floors = {
  eastOutpatient1F: { id: '0196a1e0-0003-7000-8000-000000001001', buildingId: buildings.eastOutpatient.id, campusId: E, level: 1, name: '1F' },
  eastInpatientB1: { id: '0196a1e0-0003-7000-8000-000000001002', buildingId: buildings.eastInpatient.id, campusId: E, level: -1, name: 'B1' },
  eastInpatient5F: { id: '0196a1e0-0003-7000-8000-000000001003', buildingId: buildings.eastInpatient.id, campusId: E, level: 5, name: '5F' },
  eastInpatient6F: { id: '0196a1e0-0003-7000-8000-000000001004', buildingId: buildings.eastInpatient.id, campusId: E, level: 6, name: '6F' },
  westGeneral1F: { id: '0196a1e0-0003-7000-8000-000000002001', buildingId: buildings.westGeneral.id, campusId: W, level: 1, name: '1F' },
  westGeneral3F: { id: '0196a1e0-0003-7000-8000-000000002002', buildingId: buildings.westGeneral.id, campusId: W, level: 3, name: '3F' },
  southInpatient2F: { id: '0196a1e0-0003-7000-8000-000000003001', buildingId: buildings.southInpatient.id, campusId: S, level: 2, name: '2F' },
  southInpatient4F: { id: '0196a1e0-0003-7000-8000-000000003002', buildingId: buildings.southInpatient.id, campusId: S, level: 4, name: '4F' },
  southLogistics1F: { id: '0196a1e0-0003-7000-8000-000000003003', buildingId: buildings.southLogistics.id, campusId: S, level: 1, name: '1F' },
} satisfies Record<string, DemoFloor>;

const departments = {
  eastCardiology: {
    id: '0196a1e0-0005-7000-8000-000000001001',
    campusId: E,
    name: '心血管内科',
    nameEn: 'Cardiology',
    costCentreCode: 'E-2101',
    hisCode: '0301',
  },
  eastOrthopaedics: {
    id: '0196a1e0-0005-7000-8000-000000001002',
    campusId: E,
    name: '骨科',
    nameEn: 'Orthopaedics',
    costCentreCode: 'E-2205',
    hisCode: '0512',
  },
  eastEmergency: { id: '0196a1e0-0005-7000-8000-000000001003', campusId: E, name: '急诊科', nameEn: 'Emergency', costCentreCode: 'E-2001', hisCode: '0101' },
  eastLogistics: {
    id: '0196a1e0-0005-7000-8000-000000001004',
    campusId: E,
    name: '后勤保障部',
    nameEn: 'Logistics Support',
    costCentreCode: 'E-9001',
    hisCode: null,
  },
  westRespiratory: {
    id: '0196a1e0-0005-7000-8000-000000002001',
    campusId: W,
    name: '呼吸内科',
    nameEn: 'Respiratory Medicine',
    costCentreCode: 'W-2103',
    hisCode: '0302',
  },
  westNeurology: { id: '0196a1e0-0005-7000-8000-000000002002', campusId: W, name: '神经内科', nameEn: 'Neurology', costCentreCode: 'W-2107', hisCode: '0306' },
  westLogistics: {
    id: '0196a1e0-0005-7000-8000-000000002003',
    campusId: W,
    name: '后勤保障部',
    nameEn: 'Logistics Support',
    costCentreCode: 'W-9001',
    hisCode: null,
  },
  southGeriatrics: {
    id: '0196a1e0-0005-7000-8000-000000003001',
    campusId: S,
    name: '老年病科',
    nameEn: 'Geriatrics',
    costCentreCode: 'S-2301',
    hisCode: '0801',
  },
  southPsychiatry: { id: '0196a1e0-0005-7000-8000-000000003002', campusId: S, name: '精神科', nameEn: 'Psychiatry', costCentreCode: 'S-2302', hisCode: '0805' },
  southLogistics: {
    id: '0196a1e0-0005-7000-8000-000000003003',
    campusId: S,
    name: '后勤保障部',
    nameEn: 'Logistics Support',
    costCentreCode: 'S-9001',
    hisCode: null,
  },
} satisfies Record<string, DemoDepartment>;

const { WARD, ROOM, BED, AREA } = LocationKind;
const eastZY1 = { campusId: E, buildingId: buildings.eastInpatient.id };

/** Parents come before their children, so a seeder can create them in this order. */
const locations = {
  eastWard5: {
    id: '0196a1e0-0004-7000-8000-000000001001',
    ...eastZY1,
    floorId: floors.eastInpatient5F.id,
    parentId: null,
    departmentId: departments.eastCardiology.id,
    kind: WARD,
    code: 'E-ZY1-5W',
    name: '5病区',
    hisCode: 'E05',
  },
  eastRoom501: {
    id: '0196a1e0-0004-7000-8000-000000001002',
    ...eastZY1,
    floorId: floors.eastInpatient5F.id,
    parentId: '0196a1e0-0004-7000-8000-000000001001',
    departmentId: departments.eastCardiology.id,
    kind: ROOM,
    code: 'E-ZY1-501',
    name: '501病房',
    hisCode: '501',
  },
  eastBed501_1: {
    id: '0196a1e0-0004-7000-8000-000000001003',
    ...eastZY1,
    floorId: floors.eastInpatient5F.id,
    parentId: '0196a1e0-0004-7000-8000-000000001002',
    departmentId: departments.eastCardiology.id,
    kind: BED,
    code: 'E-ZY1-501-1',
    name: '501-1床',
    hisCode: '1',
  },
  eastBed501_2: {
    id: '0196a1e0-0004-7000-8000-000000001004',
    ...eastZY1,
    floorId: floors.eastInpatient5F.id,
    parentId: '0196a1e0-0004-7000-8000-000000001002',
    departmentId: departments.eastCardiology.id,
    kind: BED,
    code: 'E-ZY1-501-2',
    name: '501-2床',
    hisCode: '2',
  },
  eastRoom502: {
    id: '0196a1e0-0004-7000-8000-000000001005',
    ...eastZY1,
    floorId: floors.eastInpatient5F.id,
    parentId: '0196a1e0-0004-7000-8000-000000001001',
    departmentId: departments.eastCardiology.id,
    kind: ROOM,
    code: 'E-ZY1-502',
    name: '502病房',
    hisCode: '502',
  },
  eastBed502_1: {
    id: '0196a1e0-0004-7000-8000-000000001006',
    ...eastZY1,
    floorId: floors.eastInpatient5F.id,
    parentId: '0196a1e0-0004-7000-8000-000000001005',
    departmentId: departments.eastCardiology.id,
    kind: BED,
    code: 'E-ZY1-502-1',
    name: '502-1床',
    hisCode: '1',
  },
  eastNurseStation5: {
    id: '0196a1e0-0004-7000-8000-000000001007',
    ...eastZY1,
    floorId: floors.eastInpatient5F.id,
    parentId: '0196a1e0-0004-7000-8000-000000001001',
    departmentId: departments.eastCardiology.id,
    kind: ROOM,
    code: 'E-ZY1-5HS',
    name: '5病区护士站',
  },
  eastWard6: {
    id: '0196a1e0-0004-7000-8000-000000001008',
    ...eastZY1,
    floorId: floors.eastInpatient6F.id,
    parentId: null,
    departmentId: departments.eastOrthopaedics.id,
    kind: WARD,
    code: 'E-ZY1-6W',
    name: '6病区',
    hisCode: 'E06',
  },
  eastBed601_1: {
    id: '0196a1e0-0004-7000-8000-000000001009',
    ...eastZY1,
    floorId: floors.eastInpatient6F.id,
    parentId: '0196a1e0-0004-7000-8000-000000001008',
    departmentId: departments.eastOrthopaedics.id,
    kind: BED,
    code: 'E-ZY1-601-1',
    name: '601-1床',
    hisCode: '601-1',
  },
  eastSwitchRoom: {
    id: '0196a1e0-0004-7000-8000-000000001010',
    ...eastZY1,
    floorId: floors.eastInpatientB1.id,
    parentId: null,
    departmentId: departments.eastLogistics.id,
    kind: AREA,
    code: 'E-ZY1-PD',
    name: '配电房',
  },
  eastOutpatientHall: {
    id: '0196a1e0-0004-7000-8000-000000001011',
    campusId: E,
    buildingId: buildings.eastOutpatient.id,
    floorId: floors.eastOutpatient1F.id,
    parentId: null,
    departmentId: null,
    kind: AREA,
    code: 'E-MZ-DT',
    name: '门诊大厅',
  },
  eastEmergencyRoom: {
    id: '0196a1e0-0004-7000-8000-000000001012',
    campusId: E,
    buildingId: buildings.eastOutpatient.id,
    floorId: floors.eastOutpatient1F.id,
    parentId: null,
    departmentId: departments.eastEmergency.id,
    kind: ROOM,
    code: 'E-MZ-JZ1',
    name: '急诊抢救室',
  },
  westWard3: {
    id: '0196a1e0-0004-7000-8000-000000002001',
    campusId: W,
    buildingId: buildings.westGeneral.id,
    floorId: floors.westGeneral3F.id,
    parentId: null,
    departmentId: departments.westRespiratory.id,
    kind: WARD,
    code: 'W-ZH-3W',
    name: '3病区',
    hisCode: 'W03',
  },
  westBed301_1: {
    id: '0196a1e0-0004-7000-8000-000000002002',
    campusId: W,
    buildingId: buildings.westGeneral.id,
    floorId: floors.westGeneral3F.id,
    parentId: '0196a1e0-0004-7000-8000-000000002001',
    departmentId: departments.westRespiratory.id,
    kind: BED,
    code: 'W-ZH-301-1',
    name: '301-1床',
    hisCode: '301-1',
  },
  westBed301_2: {
    id: '0196a1e0-0004-7000-8000-000000002003',
    campusId: W,
    buildingId: buildings.westGeneral.id,
    floorId: floors.westGeneral3F.id,
    parentId: '0196a1e0-0004-7000-8000-000000002001',
    departmentId: departments.westRespiratory.id,
    kind: BED,
    code: 'W-ZH-301-2',
    name: '301-2床',
    hisCode: '301-2',
  },
  westLobby: {
    id: '0196a1e0-0004-7000-8000-000000002004',
    campusId: W,
    buildingId: buildings.westGeneral.id,
    floorId: floors.westGeneral1F.id,
    parentId: null,
    departmentId: null,
    kind: AREA,
    code: 'W-ZH-DT',
    name: '综合楼大厅',
  },
  southWard2: {
    id: '0196a1e0-0004-7000-8000-000000003001',
    campusId: S,
    buildingId: buildings.southInpatient.id,
    floorId: floors.southInpatient2F.id,
    parentId: null,
    departmentId: departments.southGeriatrics.id,
    kind: WARD,
    code: 'S-ZY-2W',
    name: '2病区（老年病）',
    hisCode: 'S02',
  },
  southBed201_1: {
    id: '0196a1e0-0004-7000-8000-000000003002',
    campusId: S,
    buildingId: buildings.southInpatient.id,
    floorId: floors.southInpatient2F.id,
    parentId: '0196a1e0-0004-7000-8000-000000003001',
    departmentId: departments.southGeriatrics.id,
    kind: BED,
    code: 'S-ZY-201-1',
    name: '201-1床',
    hisCode: '201-1',
  },
  southWard4: {
    id: '0196a1e0-0004-7000-8000-000000003003',
    campusId: S,
    buildingId: buildings.southInpatient.id,
    floorId: floors.southInpatient4F.id,
    parentId: null,
    departmentId: departments.southPsychiatry.id,
    kind: WARD,
    code: 'S-ZY-4W',
    name: '4病区（精神科）',
    hisCode: 'S04',
  },
  southBed401_1: {
    id: '0196a1e0-0004-7000-8000-000000003004',
    campusId: S,
    buildingId: buildings.southInpatient.id,
    floorId: floors.southInpatient4F.id,
    parentId: '0196a1e0-0004-7000-8000-000000003003',
    departmentId: departments.southPsychiatry.id,
    kind: BED,
    code: 'S-ZY-401-1',
    name: '401-1床',
    hisCode: '401-1',
  },
  southBoilerRoom: {
    id: '0196a1e0-0004-7000-8000-000000003005',
    campusId: S,
    buildingId: buildings.southLogistics.id,
    floorId: floors.southLogistics1F.id,
    parentId: null,
    departmentId: departments.southLogistics.id,
    kind: AREA,
    code: 'S-HQ-GL',
    name: '锅炉房',
  },
} satisfies Record<string, DemoLocation>;

/** Every campus has the same four in-house crews. */
function crews(campusId: string, campus: number): Record<'plumbing' | 'electrical' | 'hvac' | 'elevator', DemoTeam> {
  const id = (n: number) => `0196a1e0-0006-7000-8000-00000000${campus}00${n}`;
  return {
    plumbing: { id: id(1), campusId, name: '水电班', trade: Trade.PLUMBING },
    electrical: { id: id(2), campusId, name: '电工班', trade: Trade.ELECTRICAL },
    hvac: { id: id(3), campusId, name: '空调班', trade: Trade.HVAC },
    elevator: { id: id(4), campusId, name: '电梯维保', trade: Trade.ELEVATOR },
  };
}

const teams = { east: crews(E, 1), west: crews(W, 2), south: crews(S, 3) };

const technician = (id: string, campusId: string, teamId: string, departmentId: string, employeeNo: string, name: string, phone: string): DemoStaff => ({
  id,
  campusId,
  departmentId,
  teamId,
  employeeNo,
  name,
  jobTitle: '维修技工',
  phone,
});

const cleaningStaff = (id: string, campusId: string, departmentId: string, employeeNo: string, name: string, jobTitle: string): DemoStaff => ({
  id,
  campusId,
  departmentId,
  teamId: null,
  employeeNo,
  name,
  jobTitle,
  phone: `138000${'EWS'.indexOf(employeeNo[0]) + 1}${employeeNo.slice(1)}`,
});

const staff = {
  groupAdminXu: {
    id: '0196a1e0-0007-7000-8000-000000001000',
    campusId: E,
    departmentId: departments.eastLogistics.id,
    teamId: null,
    employeeNo: 'G0001',
    name: '许国平',
    jobTitle: '集团后勤管理处处长',
    phone: '13800000001',
  },
  // 水电班班组长: SLA escalations of the crew's orders (张建国's among them) reach him first.
  eastPlumbingLeadMa: {
    ...technician('0196a1e0-0007-7000-8000-000000001020', E, teams.east.plumbing.id, departments.eastLogistics.id, 'E1020', '马立新', '13800001020'),
    jobTitle: '水电班班组长',
  },
  eastTechZhang: technician('0196a1e0-0007-7000-8000-000000001001', E, teams.east.plumbing.id, departments.eastLogistics.id, 'E1021', '张建国', '13800001021'),
  eastTechLi: technician('0196a1e0-0007-7000-8000-000000001002', E, teams.east.electrical.id, departments.eastLogistics.id, 'E1022', '李卫东', '13800001022'),
  eastTechLiu: technician('0196a1e0-0007-7000-8000-000000001003', E, teams.east.hvac.id, departments.eastLogistics.id, 'E1023', '刘志强', '13800001023'),
  eastTechChen: technician('0196a1e0-0007-7000-8000-000000001004', E, teams.east.elevator.id, departments.eastLogistics.id, 'E1024', '陈海涛', '13800001024'),
  eastDispatcherZhao: {
    id: '0196a1e0-0007-7000-8000-000000001005',
    campusId: E,
    departmentId: departments.eastLogistics.id,
    teamId: null,
    employeeNo: 'E1005',
    name: '赵敏',
    jobTitle: '调度员',
    phone: '13800001005',
  },
  eastAdminZhou: {
    id: '0196a1e0-0007-7000-8000-000000001006',
    campusId: E,
    departmentId: departments.eastLogistics.id,
    teamId: null,
    employeeNo: 'E1001',
    name: '周涛',
    jobTitle: '院区后勤管理科科长',
    phone: '13800001001',
  },
  eastStorekeeperSun: {
    id: '0196a1e0-0007-7000-8000-000000001007',
    campusId: E,
    departmentId: departments.eastLogistics.id,
    teamId: null,
    employeeNo: 'E1031',
    name: '孙红梅',
    jobTitle: '库管员',
    phone: '13800001031',
  },
  nurseWangLi: {
    id: '0196a1e0-0007-7000-8000-000000001008',
    campusId: E,
    departmentId: departments.eastCardiology.id,
    teamId: null,
    employeeNo: 'E3057',
    name: '王丽',
    jobTitle: '护士（5病区）',
    phone: '13800003057',
  },
  // The head who approves 王丽's requisitions first (科室负责人: on a ward, the 护士长).
  headNurseChen: {
    id: '0196a1e0-0007-7000-8000-000000001009',
    campusId: E,
    departmentId: departments.eastCardiology.id,
    teamId: null,
    employeeNo: 'E3001',
    name: '陈秀兰',
    jobTitle: '护士长（5病区）',
    phone: '13800013001',
  },
  // 物资科 is a section of 后勤保障部 here, as in many hospitals: the materials office that approves after the departments.
  eastMaterialsQian: {
    id: '0196a1e0-0007-7000-8000-000000001010',
    campusId: E,
    departmentId: departments.eastLogistics.id,
    teamId: null,
    employeeNo: 'E1041',
    name: '钱雅琴',
    jobTitle: '物资科科长',
    phone: '13800001041',
  },
  // 计划、采购两条线: the group's planner and purchaser are two people, both in the group office on East.
  groupPlannerDeng: {
    id: '0196a1e0-0007-7000-8000-000000001011',
    campusId: E,
    departmentId: departments.eastLogistics.id,
    teamId: null,
    employeeNo: 'G0002',
    name: '邓晓峰',
    jobTitle: '集团物资计划员',
    phone: '13800000002',
  },
  groupPurchaserYe: {
    id: '0196a1e0-0007-7000-8000-000000001012',
    campusId: E,
    departmentId: departments.eastLogistics.id,
    teamId: null,
    employeeNo: 'G0003',
    name: '叶文斌',
    jobTitle: '集团采购员',
    phone: '13800000003',
  },
  westTechWu: technician('0196a1e0-0007-7000-8000-000000002001', W, teams.west.plumbing.id, departments.westLogistics.id, 'W1021', '吴磊', '13800002021'),
  westTechZheng: technician('0196a1e0-0007-7000-8000-000000002002', W, teams.west.electrical.id, departments.westLogistics.id, 'W1022', '郑伟', '13800002022'),
  westTechHuang: technician('0196a1e0-0007-7000-8000-000000002003', W, teams.west.hvac.id, departments.westLogistics.id, 'W1023', '黄勇', '13800002023'),
  westTechLin: technician('0196a1e0-0007-7000-8000-000000002004', W, teams.west.elevator.id, departments.westLogistics.id, 'W1024', '林峰', '13800002024'),
  westDispatcherHe: {
    id: '0196a1e0-0007-7000-8000-000000002005',
    campusId: W,
    departmentId: departments.westLogistics.id,
    teamId: null,
    employeeNo: 'W1005',
    name: '何静',
    jobTitle: '调度员',
    phone: '13800002005',
  },
  westAdminGao: {
    id: '0196a1e0-0007-7000-8000-000000002006',
    campusId: W,
    departmentId: departments.westLogistics.id,
    teamId: null,
    employeeNo: 'W1001',
    name: '高明',
    jobTitle: '院区总务科科长',
    phone: '13800002001',
  },
  westStorekeeperMa: {
    id: '0196a1e0-0007-7000-8000-000000002007',
    campusId: W,
    departmentId: departments.westLogistics.id,
    teamId: null,
    employeeNo: 'W1031',
    name: '马丽娟',
    jobTitle: '库管员',
    phone: '13800002031',
  },
  southTechLuo: technician('0196a1e0-0007-7000-8000-000000003001', S, teams.south.plumbing.id, departments.southLogistics.id, 'S1021', '罗斌', '13800003021'),
  southTechLiang: technician(
    '0196a1e0-0007-7000-8000-000000003002',
    S,
    teams.south.electrical.id,
    departments.southLogistics.id,
    'S1022',
    '梁志刚',
    '13800003022',
  ),
  southTechSong: technician('0196a1e0-0007-7000-8000-000000003003', S, teams.south.hvac.id, departments.southLogistics.id, 'S1023', '宋军', '13800003023'),
  southTechXie: technician('0196a1e0-0007-7000-8000-000000003004', S, teams.south.elevator.id, departments.southLogistics.id, 'S1024', '谢文', '13800003024'),
  southDispatcherHan: {
    id: '0196a1e0-0007-7000-8000-000000003005',
    campusId: S,
    departmentId: departments.southLogistics.id,
    teamId: null,
    employeeNo: 'S1005',
    name: '韩雪',
    jobTitle: '调度员',
    phone: '13800003005',
  },
  southAdminTang: {
    id: '0196a1e0-0007-7000-8000-000000003006',
    campusId: S,
    departmentId: departments.southLogistics.id,
    teamId: null,
    employeeNo: 'S1001',
    name: '唐宏',
    jobTitle: '院区后勤管理科科长',
    phone: '13800003001',
  },
  southStorekeeperFeng: {
    id: '0196a1e0-0007-7000-8000-000000003007',
    campusId: S,
    departmentId: departments.southLogistics.id,
    teamId: null,
    employeeNo: 'S1031',
    name: '冯秀英',
    jobTitle: '库管员',
    phone: '13800003031',
  },
  // 保洁 (hygiene): the cleaning crew's supervisor and cleaners; hygiene's seed puts them on its roster.
  eastHygieneSupervisorWu: cleaningStaff('0196a1e0-0007-7000-8000-000000001050', E, departments.eastLogistics.id, 'E5000', '吴建华', '保洁主管'),
  eastCleanerLiu: cleaningStaff('0196a1e0-0007-7000-8000-000000001051', E, departments.eastLogistics.id, 'E5001', '刘桂芳', '保洁员'),
  eastCleanerYang: cleaningStaff('0196a1e0-0007-7000-8000-000000001052', E, departments.eastLogistics.id, 'E5002', '杨小燕', '保洁员'),
  westCleanerHe: cleaningStaff('0196a1e0-0007-7000-8000-000000002051', W, departments.westLogistics.id, 'W5001', '何丽萍', '保洁员'),
  southCleanerLin: cleaningStaff('0196a1e0-0007-7000-8000-000000003051', S, departments.southLogistics.id, 'S5001', '林春梅', '保洁员'),
} satisfies Record<string, DemoStaff>;

export const DEMO = { group, campuses, buildings, floors, departments, locations, teams, staff } as const;

/** The demo's teams as one list (DEMO.teams is grouped by campus). */
/** Crew leads (班组长), named once their staff exist: the seed sets them with updateTeam. */
export const demoTeamLeads = (): { id: string; leadId: string }[] => [{ id: DEMO.teams.east.plumbing.id, leadId: DEMO.staff.eastPlumbingLeadMa.id }];

export const demoTeams = (): DemoTeam[] => Object.values(DEMO.teams).flatMap((campusTeams) => Object.values(campusTeams));
