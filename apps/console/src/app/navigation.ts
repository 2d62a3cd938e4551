/** The console's pages and who sees them in the menu; the services still decide what each caller may read and do. */
export interface NavigationEntry {
  path: string;
  label: string;
  /** Roles that see the entry; empty = every signed-in role. */
  roles: string[];
}

export const NAVIGATION: NavigationEntry[] = [
  { path: '/my-work', label: 'nav.myWork', roles: ['TECHNICIAN'] },
  { path: '/dispatch', label: 'nav.dispatch', roles: ['DISPATCHER', 'CAMPUS_ADMIN', 'GROUP_ADMIN'] },
  { path: '/work-orders', label: 'nav.workOrders', roles: [] },
  {
    path: '/work-orders/new',
    label: 'nav.raiseRequest',
    roles: ['REQUESTER', 'DEPARTMENT_HEAD', 'DISPATCHER', 'CAMPUS_ADMIN', 'GROUP_ADMIN'],
  },
];

export function visibleEntries(has: (...roles: string[]) => boolean): NavigationEntry[] {
  return NAVIGATION.filter((entry) => !entry.roles.length || has(...entry.roles));
}

/** Where a caller lands after sign-in: the first page of their menu (a technician's own work, a dispatcher's board). */
export function homePath(has: (...roles: string[]) => boolean): string {
  return visibleEntries(has)[0]?.path ?? '/work-orders';
}
