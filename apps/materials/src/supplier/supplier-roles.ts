import { MaterialsRole } from '@houqin/contracts';
import { Role } from '@houqin/platform-auth';

/** Who keeps suppliers, contracts and price lists: the group, the materials office (物资科) and purchasers (采购员). */
export const SUPPLIER_WRITERS = [Role.GROUP_ADMIN, MaterialsRole.MATERIALS_MANAGER, MaterialsRole.PURCHASER];

/** Who reads suppliers: the writers, planners (计划员), campus admins, storekeepers (deliveries) and analysts. */
export const SUPPLIER_READERS = [...SUPPLIER_WRITERS, MaterialsRole.PLANNER, Role.CAMPUS_ADMIN, MaterialsRole.STOREKEEPER, Role.ANALYST];

/** Who reads contracts, prices and price exceptions: as suppliers, less the store. */
export const CONTRACT_READERS = [...SUPPLIER_WRITERS, MaterialsRole.PLANNER, Role.CAMPUS_ADMIN, Role.ANALYST];

/** Who asks to pay above the contract price: purchasers (and group admins entering one for them). */
export const PRICE_EXCEPTION_REQUESTERS = [MaterialsRole.PURCHASER, Role.GROUP_ADMIN];

/** Who decides price exceptions: the materials office and group admins, never the requester. */
export const PRICE_EXCEPTION_APPROVERS = [MaterialsRole.MATERIALS_MANAGER, Role.GROUP_ADMIN];
