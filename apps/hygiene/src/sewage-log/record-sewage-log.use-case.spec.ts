import { Identity, Role } from '@houqin/platform-auth';
import { domainErrorCode } from '@houqin/platform-errors';
import { randomUUID } from 'node:crypto';
import { RecordSewageLog } from './record-sewage-log.use-case';
import { Disinfectant } from './sewage-standard';

const EAST = randomUUID();
const WEST = randomUUID();
const eastAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const now = new Date('2026-06-01T02:00:00Z');
const input = {
  campusId: EAST,
  logDate: '2026-05-31',
  runHours: 8,
  disinfectant: Disinfectant.SODIUM_HYPOCHLORITE,
  dosageKg: 12.5,
  dosingTimes: ['14:00', '08:30', '14:00'],
  readings: { ph: 7.1, cod: 180, residualChlorine: null },
  note: '  ',
};

describe('recording a sewage log', () => {
  it('keeps the readings taken, the dosing times once and in order', () => {
    expect(RecordSewageLog.validate(eastAdmin, input, now)).toEqual({
      campusId: EAST,
      logDate: '2026-05-31',
      runHours: 8,
      disinfectant: Disinfectant.SODIUM_HYPOCHLORITE,
      dosageKg: 12.5,
      dosingTimes: ['08:30', '14:00'],
      readings: { PH: 7.1, COD: 180 },
      note: null,
    });
  });

  it('refuses another campus, a day ahead, impossible hours and readings, and a time that is not HH:MM', () => {
    expect(domainErrorCode(() => RecordSewageLog.validate(eastAdmin, { ...input, campusId: WEST }, now))).toBe('FORBIDDEN');
    expect(domainErrorCode(() => RecordSewageLog.validate(eastAdmin, { ...input, logDate: '2026-06-02' }, now))).toBe('DATE_IN_FUTURE');
    expect(domainErrorCode(() => RecordSewageLog.validate(eastAdmin, { ...input, runHours: 24.5 }, now))).toBe('MEASUREMENT_OUT_OF_RANGE');
    expect(domainErrorCode(() => RecordSewageLog.validate(eastAdmin, { ...input, dosageKg: -1 }, now))).toBe('MEASUREMENT_OUT_OF_RANGE');
    expect(domainErrorCode(() => RecordSewageLog.validate(eastAdmin, { ...input, readings: { ph: 14.5 } }, now))).toBe('MEASUREMENT_OUT_OF_RANGE');
    expect(domainErrorCode(() => RecordSewageLog.validate(eastAdmin, { ...input, dosingTimes: ['24:00'] }, now))).toBe('INVALID_INPUT');
  });
});
