import { z } from 'zod';

/** Asset categories as the maintenance service names them (设备类别). */
export const assetCategory = z.enum([
  'ELEVATOR',
  'BOILER',
  'PRESSURE_VESSEL',
  'STERILISER',
  'GENERATOR',
  'TRANSFORMER',
  'HVAC',
  'OXYGEN_SUPPLY',
  'PUMP',
  'MEDICAL_GAS',
  'LIGHTING',
  'PLUMBING_FIXTURE',
  'OTHER',
]);

/** Units of gauge and meter readings (rounds and PM checklists); readings are never converted between them. */
export const readingUnit = z.enum(['CELSIUS', 'BAR', 'MPA', 'KPA', 'PERCENT', 'VOLT', 'AMPERE', 'HOURS', 'LITRES', 'PPM']);
