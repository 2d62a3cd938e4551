/** Who a caller is in the hospital's logistics organisation; a token carries one or more. */
export enum Role {
  /** 集团后勤管理员: every campus. */
  GROUP_ADMIN = 'GROUP_ADMIN',
  /** 院区后勤管理科: their campuses only. */
  CAMPUS_ADMIN = 'CAMPUS_ADMIN',
  /** 调度员: receives requests and dispatches crews on their campuses. */
  DISPATCHER = 'DISPATCHER',
  /** 维修技工: works the orders dispatched to them. */
  TECHNICIAN = 'TECHNICIAN',
  /** 临床科室人员 (nurses, doctors): raise requests and sign them off. */
  REQUESTER = 'REQUESTER',
  /** 库管员: receives goods into the campus warehouse. */
  STOREKEEPER = 'STOREKEEPER',
  /** 科室负责人 (科主任, 护士长): approves their department's requisitions first. */
  DEPARTMENT_HEAD = 'DEPARTMENT_HEAD',
  /** 物资科 (materials office): approves requisitions after the department, within its limits. */
  MATERIALS_MANAGER = 'MATERIALS_MANAGER',
  /** 计划员: consolidates demand into purchase requests (计划), never orders (计划、采购两条线). */
  PLANNER = 'PLANNER',
  /** 采购员: turns approved purchase requests into orders with suppliers, never plans them. */
  PURCHASER = 'PURCHASER',
  /** 数据分析: reads across campuses, changes nothing. */
  ANALYST = 'ANALYST',
  /**
   * 扫码报修: whoever scanned a repair label (patients, visitors, staff without a console login). Never issued by
   * the IdP: the maintenance service grants it for one label's place, for half an hour, and it reaches only the
   * operations that name it.
   */
  PORTAL_REPORTER = 'PORTAL_REPORTER',
}

/** Roles of signed-in staff, as the IdP issues them: "everyone" on an operation means these, never a portal session. */
export const STAFF_ROLES: readonly Role[] = Object.values(Role).filter((role) => role !== Role.PORTAL_REPORTER);

/** Roles whose reach is the whole group rather than the campuses listed in the token. */
export const GROUP_WIDE_ROLES: readonly Role[] = [Role.GROUP_ADMIN, Role.ANALYST];
