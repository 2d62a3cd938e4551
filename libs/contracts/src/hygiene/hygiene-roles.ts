import { defineRoles } from '../role-set';

/** The roles the hygiene service introduces (环境卫生); the hospital's IdP maps its directory groups onto them. */
export const HygieneRole = defineRoles('hygiene', {
  CLEANER: { zh: '保洁员', en: 'Cleaner', description: 'Starts and finishes the cleaning tasks assigned to them by scanning the room, with its checklist.' },
  HYGIENE_SUPERVISOR: {
    zh: '保洁主管',
    en: 'Hygiene supervisor',
    description: "The cleaning crew's supervisor (often the contractor's): assigns and reassigns tasks, keeps cleaners' training records, scores inspections.",
  },
  WASTE_COLLECTOR: {
    zh: '医废收集员',
    en: 'Medical waste collector',
    description: 'Collects and weighs medical waste at the wards, runs the temporary store (暂存间) and hands waste to the disposal company.',
  },
  INFECTION_CONTROL: {
    zh: '院感科',
    en: 'Infection control',
    description: "The hospital's infection-control office (院感科): inspects cleaning (ATP, fluorescent markers), reads waste and cleaning records.",
  },
});
