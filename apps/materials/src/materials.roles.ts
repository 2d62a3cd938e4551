import { MaintenanceRole, MaterialsRole } from '@houqin/contracts';
import { Role } from '@houqin/platform-auth';

/** Who books stock in and out of a campus warehouse (库管员, 院区后勤, 集团后勤). */
export const STOCK_KEEPERS = [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN, MaterialsRole.STOREKEEPER];

/** Who reads stock: the keepers, the crews who need parts, and analysts. Clinical requesters do not. */
export const STOCK_READERS = [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN, MaterialsRole.STOREKEEPER, MaintenanceRole.DISPATCHER, MaintenanceRole.TECHNICIAN, Role.ANALYST];

/** Who reads what departments are charged (for 计财科). */
export const CHARGE_READERS = [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN, MaterialsRole.STOREKEEPER, Role.ANALYST];

/** Who reads purchase requests and orders: the people in the chain (planner, office, purchaser, store) and analysts. */
export const PURCHASING_READERS = [Role.GROUP_ADMIN, Role.ANALYST, Role.CAMPUS_ADMIN, MaterialsRole.MATERIALS_MANAGER, MaterialsRole.PLANNER, MaterialsRole.PURCHASER, MaterialsRole.STOREKEEPER];
