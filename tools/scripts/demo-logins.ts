import { HygieneRole, MaintenanceRole, MaterialsRole } from '@houqin/contracts';
import { Role } from '@houqin/platform-auth';

/**
 * Who you can be in local mode. Each login is a demo staff member (found by employee number after the
 * org demo data is seeded) with the roles and campuses the hospital's IdP would give them.
 */
export interface DemoLogin {
  login: string;
  description: string;
  roles: Role[];
  /** Campus codes; empty for group-wide roles. */
  campuses: string[];
  employeeNo: string | null;
  name: string;
}

const ALL_CAMPUSES = ['EAST', 'WEST', 'SOUTH'];

export const DEMO_LOGINS: DemoLogin[] = [
  { login: 'group-admin', description: '集团后勤管理员 (all campuses)', roles: [Role.GROUP_ADMIN], campuses: [], employeeNo: 'G0001', name: '集团后勤管理员' },
  { login: 'analyst', description: '数据分析 (reads all campuses)', roles: [Role.ANALYST], campuses: [], employeeNo: null, name: '数据分析员' },
  { login: 'east-admin', description: '东院 campus admin', roles: [Role.CAMPUS_ADMIN], campuses: ['EAST'], employeeNo: 'E1001', name: '' },
  { login: 'east-dispatcher', description: '东院 dispatcher', roles: [MaintenanceRole.DISPATCHER], campuses: ['EAST'], employeeNo: 'E1005', name: '' },
  { login: 'east-technician', description: '东院 plumbing technician', roles: [MaintenanceRole.TECHNICIAN], campuses: ['EAST'], employeeNo: 'E1021', name: '' },
  { login: 'east-team-lead', description: '东院 水电班班组长 (team lead)', roles: [MaintenanceRole.TECHNICIAN], campuses: ['EAST'], employeeNo: 'E1020', name: '' },
  { login: 'east-nurse', description: '东院 5病区 nurse (requester)', roles: [Role.REQUESTER], campuses: ['EAST'], employeeNo: 'E3057', name: '' },
  {
    login: 'east-head',
    description: '东院 5病区护士长 (head of cardiology)',
    roles: [Role.DEPARTMENT_HEAD],
    campuses: ['EAST'],
    employeeNo: 'E3001',
    name: '',
  },
  { login: 'east-storekeeper', description: '东院 storekeeper', roles: [MaterialsRole.STOREKEEPER], campuses: ['EAST'], employeeNo: 'E1031', name: '' },
  {
    login: 'east-materials',
    description: '东院 物资科 (materials office)',
    roles: [MaterialsRole.MATERIALS_MANAGER],
    campuses: ['EAST'],
    employeeNo: 'E1041',
    name: '',
  },
  // Planning pools every campus's demand and purchasing buys for all of them; neither role is group-wide in the
  // services (only admins and analysts are), so their tokens list every campus. Two people: 计划、采购两条线.
  { login: 'group-planner', description: '集团 物资计划员 (planner)', roles: [MaterialsRole.PLANNER], campuses: ALL_CAMPUSES, employeeNo: 'G0002', name: '' },
  { login: 'group-purchaser', description: '集团 采购员 (purchaser)', roles: [MaterialsRole.PURCHASER], campuses: ALL_CAMPUSES, employeeNo: 'G0003', name: '' },
  {
    login: 'east-hygiene-supervisor',
    description: '东院 保洁主管 (hygiene supervisor)',
    roles: [HygieneRole.HYGIENE_SUPERVISOR],
    campuses: ['EAST'],
    employeeNo: 'E5000',
    name: '',
  },
  { login: 'east-cleaner', description: '东院 保洁员, infection-control trained', roles: [HygieneRole.CLEANER], campuses: ['EAST'], employeeNo: 'E5001', name: '' },
  { login: 'west-admin', description: '西院 campus admin', roles: [Role.CAMPUS_ADMIN], campuses: ['WEST'], employeeNo: 'W1001', name: '' },
];
