import { stayChange } from './inpatient-stay';

const encounter = (status: 'REGISTERED' | 'ADMITTED' | 'DISCHARGED', extra: Record<string, unknown> = {}) => ({
  encounterId: '0193a7c0-0000-7000-8000-000000000001',
  campusId: '0193a7c0-0000-7000-8000-0000000000ca',
  status,
  locationId: null,
  wardId: '0193a7c0-0000-7000-8000-0000000000a5',
  departmentId: null,
  admittedAt: '2026-12-01T01:00:00.000Z',
  dischargedAt: status === 'DISCHARGED' ? '2026-12-05T02:00:00.000Z' : null,
  precautions: [],
  dietCode: '',
  occurredAt: '2026-12-05T02:00:00.000Z',
  ...extra,
});

describe('inpatient stays from the HIS feed', () => {
  it('keeps an admitted patient open and a discharged one closed, from the state the event carries', () => {
    expect(stayChange(false, encounter('ADMITTED'))).toEqual({
      stay: {
        encounterId: encounter('ADMITTED').encounterId,
        campusId: encounter('ADMITTED').campusId,
        wardId: encounter('ADMITTED').wardId,
        admittedAt: new Date('2026-12-01T01:00:00.000Z'),
        dischargedAt: null,
      },
    });
    expect(stayChange(false, encounter('DISCHARGED'))).toMatchObject({ stay: { dischargedAt: new Date('2026-12-05T02:00:00.000Z') } });
    // A discharge cancelled (A13) is announced as admitted again: the stay reopens.
    expect(stayChange(false, encounter('ADMITTED', { dischargedAt: null }))).toMatchObject({ stay: { dischargedAt: null } });
  });

  it('drops the stay of a cancelled admission, an outpatient and an encounter without campus or admission time', () => {
    const id = encounter('ADMITTED').encounterId;
    expect(stayChange(true, encounter('ADMITTED'))).toEqual({ remove: id });
    expect(stayChange(false, encounter('REGISTERED', { admittedAt: null }))).toEqual({ remove: id });
    expect(stayChange(false, encounter('ADMITTED', { campusId: null }))).toEqual({ remove: id });
    expect(stayChange(false, encounter('DISCHARGED', { admittedAt: null }))).toEqual({ remove: id });
  });
});
