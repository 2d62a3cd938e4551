import type { Encounter } from '@medplum/fhirtypes';
import { fhirAdt, FhirEncounterRejection, fhirTrigger, FhirVisit, ISOLATION_PRECAUTION_EXTENSION, readFhirEncounter } from './fhir-encounter';

const physical = (code: string) => ({ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/location-physical-type', code }] });
const at = (code: string, type: string, status: 'active' | 'completed' = 'active', period?: { start?: string; end?: string }) => ({
  location: { identifier: { value: code } },
  physicalType: physical(type),
  status,
  ...(period ? { period } : {}),
});

/** An inpatient in E05 room 501 bed 1, as a HIS would send it. */
const admitted = (): Encounter => ({
  resourceType: 'Encounter',
  id: 'enc-1',
  identifier: [
    { use: 'secondary', system: 'urn:his:patient', value: 'P0001' },
    { use: 'official', system: 'urn:his:visit', value: 'V-1' },
  ],
  status: 'in-progress',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP' },
  subject: { display: '张三' },
  period: { start: '2026-12-07T00:25:00Z' },
  location: [at('E05', 'wa'), at('501', 'ro'), at('1', 'bd', 'active', { start: '2026-12-07T00:25:00Z' })],
  serviceProvider: { identifier: { value: '0301' } },
  hospitalization: { dietPreference: [{ coding: [{ code: 'LS' }], text: '低盐' }] },
  extension: [{ url: ISOLATION_PRECAUTION_EXTENSION, valueCodeableConcept: { coding: [{ code: 'DROPLET' }], text: '接触隔离' } }],
});

describe('reading a FHIR Encounter for the feed', () => {
  it('takes the visit number, place, department, diet and precautions, and nothing about the patient', () => {
    const visit = readFhirEncounter(admitted(), null) as FhirVisit;
    expect(visit).toEqual({
      visitNumber: 'V-1',
      status: 'in-progress',
      place: {
        ward: 'E05',
        room: '501',
        bed: '1',
        fields: {
          ward: 'Encounter.location[0].location.identifier.value',
          room: 'Encounter.location[1].location.identifier.value',
          bed: 'Encounter.location[2].location.identifier.value',
        },
      },
      placeSince: new Date('2026-12-07T00:25:00Z'),
      departmentCode: '0301',
      start: new Date('2026-12-07T00:25:00Z'),
      end: null,
      precautions: ['CONTACT', 'DROPLET'],
      dietCode: 'LS',
      lastUpdated: null,
    });
    expect(JSON.stringify(visit)).not.toMatch(/张三|P0001/);
  });

  it('takes the visit number of the configured system when there is one', () => {
    expect(readFhirEncounter(admitted(), 'urn:his:patient')?.visitNumber).toBe('P0001');
    expect(() => readFhirEncounter(admitted(), 'urn:other')).toThrow(FhirEncounterRejection);
  });

  it('ignores encounters that are not an inpatient stay', () => {
    expect(readFhirEncounter({ ...admitted(), class: { code: 'AMB' } }, null)).toBeNull();
    expect(readFhirEncounter({ ...admitted(), class: { code: 'ACUTE' } }, null)).not.toBeNull();
  });

  it('reads codes of contained Locations, and their physical type', () => {
    const encounter: Encounter = {
      ...admitted(),
      contained: [
        { resourceType: 'Location', id: 'w', identifier: [{ value: 'E05' }], physicalType: physical('wa') },
        { resourceType: 'Location', id: 'b', identifier: [{ value: 'JC1' }], physicalType: physical('bd') },
      ],
      location: [{ location: { reference: '#w' } }, { location: { reference: '#b' } }],
    };
    expect(readFhirEncounter(encounter, null)?.place).toEqual({
      ward: 'E05',
      room: '',
      bed: 'JC1',
      fields: { ward: 'Encounter.contained[0].identifier', room: 'Encounter.location', bed: 'Encounter.contained[1].identifier' },
    });
  });

  it('places a transferred patient at the active locations, a discharged one at the last ones left', () => {
    const moved: Encounter = {
      ...admitted(),
      location: [
        at('E05', 'wa', 'completed', { end: '2026-12-07T02:00:00Z' }),
        at('1', 'bd', 'completed', { end: '2026-12-07T02:00:00Z' }),
        at('E06', 'wa', 'active', { start: '2026-12-07T02:00:00Z' }),
        at('3', 'bd', 'active', { start: '2026-12-07T02:00:00Z' }),
      ],
    };
    const visit = readFhirEncounter(moved, null);
    expect([visit?.place?.ward, visit?.place?.bed, visit?.placeSince]).toEqual(['E06', '3', new Date('2026-12-07T02:00:00Z')]);
    const left = readFhirEncounter(
      {
        ...moved,
        status: 'finished',
        location: moved.location?.map((l) => ({ ...l, status: 'completed' as const, period: { end: l.period?.end ?? '2026-12-08T01:00:00Z' } })),
      },
      null,
    );
    expect([left?.place?.ward, left?.place?.bed]).toEqual(['E06', '3']);
  });

  it('names the element when an inpatient encounter lacks what the feed needs', () => {
    const rejection = (encounter: Encounter) => {
      try {
        readFhirEncounter(encounter, null);
      } catch (error) {
        return error instanceof FhirEncounterRejection ? [error.hl7Code, error.expression] : error;
      }
      return null;
    };
    expect(rejection({ ...admitted(), identifier: undefined })).toEqual([101, 'Encounter.identifier']);
    expect(rejection({ ...admitted(), status: 'bogus' as Encounter['status'] })).toEqual([102, 'Encounter.status']);
    expect(rejection({ ...admitted(), location: [{ location: { identifier: { value: 'E05' } } }] })).toEqual([101, 'Encounter.location[0].physicalType']);
    expect(rejection({ ...admitted(), location: [{ location: { display: '5病区' }, physicalType: physical('wa') }] })).toEqual([
      101,
      'Encounter.location[0].location.identifier',
    ]);
    expect(rejection({ ...admitted(), location: [at('1', 'bd')] })).toEqual([101, 'Encounter.location']);
  });
});

describe('the ADT event an Encounter amounts to', () => {
  it('admits, transfers, updates, discharges, and cancels as the feed has the encounter', () => {
    expect(fhirTrigger('in-progress', null, 'bed1')).toBe('A01');
    expect(fhirTrigger('in-progress', { status: 'REGISTERED', locationId: null }, 'bed1')).toBe('A01');
    expect(fhirTrigger('in-progress', { status: 'ADMITTED', locationId: 'bed1' }, 'bed2')).toBe('A02');
    expect(fhirTrigger('in-progress', { status: 'ADMITTED', locationId: 'bed1' }, 'bed1')).toBe('A08');
    expect(fhirTrigger('in-progress', { status: 'DISCHARGED', locationId: 'bed1' }, 'bed1')).toBe('A13');
    expect(fhirTrigger('finished', { status: 'ADMITTED', locationId: 'bed1' }, null)).toBe('A03');
    expect(fhirTrigger('finished', { status: 'DISCHARGED', locationId: 'bed1' }, null)).toBe('A08');
    expect(fhirTrigger('planned', null, null)).toBe('A04');
    expect(fhirTrigger('entered-in-error', { status: 'ADMITTED', locationId: 'bed1' }, null)).toBe('A11');
  });

  it('dates each event by the resource: admission at the start, transfer when the new place began, discharge at the end', () => {
    const visit = readFhirEncounter(
      { ...admitted(), meta: { lastUpdated: '2026-12-07T04:00:00Z' }, period: { start: '2026-12-07T00:25:00Z', end: '2026-12-09T02:00:00Z' } },
      null,
    ) as FhirVisit;
    const envelope = { controlId: 'sha256:x', sendingApplication: 'his-client' };
    const received = new Date('2026-12-10T00:00:00Z');
    expect(fhirAdt(visit, 'A01', envelope, received).occurredAt).toEqual(new Date('2026-12-07T00:25:00Z'));
    expect(fhirAdt(visit, 'A02', envelope, received).occurredAt).toEqual(new Date('2026-12-07T00:25:00Z'));
    expect(fhirAdt(visit, 'A03', envelope, received).occurredAt).toEqual(new Date('2026-12-09T02:00:00Z'));
    expect(fhirAdt(visit, 'A08', envelope, received).occurredAt).toEqual(new Date('2026-12-07T04:00:00Z'));
    expect(fhirAdt({ ...visit, lastUpdated: null }, 'A08', envelope, received).occurredAt).toEqual(received);
    expect(fhirAdt(visit, 'A01', envelope, received)).toMatchObject({
      patientClass: 'I',
      visitNumber: 'V-1',
      dischargedAt: null,
      admittedAt: new Date('2026-12-07T00:25:00Z'),
    });
  });
});
