import { defineRoles } from '../role-set';

/** The roles the maintenance service introduces (维修); the hospital's IdP maps its directory groups onto them. */
export const MaintenanceRole = defineRoles('maintenance', {
  DISPATCHER: { zh: '调度员', en: 'Dispatcher', description: 'Receives repair requests and dispatches crews on their campuses.' },
  TECHNICIAN: { zh: '维修技工', en: 'Technician', description: 'Works the orders dispatched to them, walks inspection rounds, records time and parts.' },
});
