import { defineRoles } from '../role-set';

/** The roles the materials service introduces (物资); the hospital's IdP maps its directory groups onto them. */
export const MaterialsRole = defineRoles('materials', {
  STOREKEEPER: { zh: '库管员', en: 'Storekeeper', description: 'Receives goods into the campus warehouse, issues, transfers and counts stock.' },
  MATERIALS_MANAGER: {
    zh: '物资科',
    en: 'Materials manager',
    description: "Approves requisitions after the department, within its limits; approves purchase requests and supplier price exceptions.",
  },
  PLANNER: { zh: '计划员', en: 'Planner', description: 'Consolidates demand into purchase requests (计划), never orders them (计划、采购两条线).' },
  PURCHASER: { zh: '采购员', en: 'Purchaser', description: 'Turns approved purchase requests into orders with suppliers, never plans them.' },
});
