/** The units gauges and meters are read in, on inspection rounds and PM checklists alike. Nothing is ever converted. */
export enum ReadingUnit {
  CELSIUS = 'CELSIUS',
  BAR = 'BAR',
  MPA = 'MPA',
  KPA = 'KPA',
  PERCENT = 'PERCENT',
  VOLT = 'VOLT',
  AMPERE = 'AMPERE',
  HOURS = 'HOURS',
  LITRES = 'LITRES',
  PPM = 'PPM',
}

/** How the units are written on gauges and in messages. */
export const UNIT_SYMBOLS: Record<ReadingUnit, string> = {
  CELSIUS: '°C',
  BAR: 'bar',
  MPA: 'MPa',
  KPA: 'kPa',
  PERCENT: '%',
  VOLT: 'V',
  AMPERE: 'A',
  HOURS: 'h',
  LITRES: 'L',
  PPM: 'ppm',
};
