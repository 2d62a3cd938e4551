import { LicenceKind as K, LicenceRequirements } from './licence-requirements';

describe('licence requirements (持证上岗)', () => {
  const requirements = new LicenceRequirements();
  // 10:00 Beijing time on 1 June 2026.
  const now = new Date('2026-06-01T02:00:00Z');
  const licence = (kind: K, validUntil: string, issuedOn = '2024-06-01') => ({ kind, issuedOn, validUntil });

  it('maps work-order categories to the licences they need, and others to none', () => {
    expect(requirements.required('ELECTRICAL')).toEqual([K.ELECTRICIAN]);
    expect(requirements.required('HIGH_VOLTAGE')).toEqual([K.HIGH_VOLTAGE_ELECTRICIAN]);
    expect(requirements.required('ELEVATOR')).toEqual([K.ELEVATOR]);
    expect(requirements.required('BOILER')).toEqual([K.BOILER]);
    expect(requirements.required('PRESSURE_VESSEL')).toEqual([K.PRESSURE_VESSEL]);
    expect(requirements.required('STERILISER')).toEqual([K.PRESSURE_VESSEL]);
    expect(requirements.required('HVAC')).toEqual([K.REFRIGERATION]);
    expect(requirements.required('MEDICAL_GAS')).toEqual([K.MEDICAL_GAS]);
    expect(requirements.required('OXYGEN_SUPPLY')).toEqual([K.MEDICAL_GAS]);
    expect(requirements.required('WELDING')).toEqual([K.WELDING]);
    for (const free of ['PLUMBING', 'CARPENTRY', 'GENERAL', 'CLEANING']) expect(requirements.required(free)).toEqual([]);
    // Free text on the order: case and spaces do not matter.
    expect(requirements.required(' elevator ')).toEqual([K.ELEVATOR]);
  });

  it('qualifies with a certificate valid on the China date, through its last day', () => {
    expect(requirements.missing('ELEVATOR', [licence(K.ELEVATOR, '2026-06-01')], now)).toEqual([]);
    expect(requirements.missing('ELEVATOR', [licence(K.ELEVATOR, '2026-05-31')], now)).toEqual([K.ELEVATOR]);
    // 23:30 on 31 May Beijing time (15:30 UTC) is still the last day; 00:30 on 1 June is past it.
    expect(requirements.missing('ELEVATOR', [licence(K.ELEVATOR, '2026-05-31')], new Date('2026-05-31T15:30:00Z'))).toEqual([]);
    expect(requirements.missing('ELEVATOR', [licence(K.ELEVATOR, '2026-05-31')], new Date('2026-05-31T16:30:00Z'))).toEqual([K.ELEVATOR]);
    // Not yet issued is not yet valid.
    expect(requirements.missing('ELEVATOR', [licence(K.ELEVATOR, '2030-01-01', '2026-06-02')], now)).toEqual([K.ELEVATOR]);
  });

  it('needs the right kind: one expired and one valid certificate of the kind is enough, another kind is not', () => {
    expect(requirements.missing('ELECTRICAL', [licence(K.ELECTRICIAN, '2020-01-01'), licence(K.ELECTRICIAN, '2029-01-01')], now)).toEqual([]);
    expect(requirements.missing('ELECTRICAL', [licence(K.HIGH_VOLTAGE_ELECTRICIAN, '2029-01-01')], now)).toEqual([K.ELECTRICIAN]);
    expect(requirements.missing('PLUMBING', [], now)).toEqual([]);
  });

  it('names categories for messages', () => {
    expect(requirements.categoryLabelZh('STERILISER')).toBe('灭菌器');
    expect(requirements.categoryLabelZh('plumbing')).toBe('PLUMBING');
  });
});
