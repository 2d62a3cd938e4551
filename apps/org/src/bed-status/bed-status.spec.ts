import { chinaInstant } from '@houqin/platform-calendar';
import { BedState, BedStatus, BedStatusSource, NEW_BED, nextBedState, staffMayChange } from './bed-status';

const at = (hhmm: string) => chinaInstant('2026-12-07', hhmm);
const empty = NEW_BED;
const occupiedBy = (encounterId: string, precautions: string[] = []): BedState => ({
  status: precautions.length ? BedStatus.ISOLATED : BedStatus.OCCUPIED,
  since: at('08:00'),
  encounterId,
  precautions,
  source: BedStatusSource.HIS,
});

describe('a bed on the ward board (HL7 table 0116)', () => {
  it('is occupied on admission, isolated when the patient is under precautions', () => {
    expect(nextBedState(empty, { kind: 'PATIENT_IN', encounterId: 'e1', precautions: [], at: at('08:00') })).toMatchObject({ status: BedStatus.OCCUPIED, encounterId: 'e1' });
    expect(nextBedState(empty, { kind: 'PATIENT_IN', encounterId: 'e1', precautions: ['CONTACT'], at: at('08:00') })).toMatchObject({
      status: BedStatus.ISOLATED,
      precautions: ['CONTACT'],
    });
  });

  it('waits for housekeeping when its patient leaves, keeping their precautions for the clean, and is ready once cleaned', () => {
    const vacated = nextBedState(occupiedBy('e1', ['CONTACT']), { kind: 'PATIENT_OUT', encounterId: 'e1', precautions: ['CONTACT'], at: at('10:00') });
    expect(vacated).toMatchObject({ status: BedStatus.HOUSEKEEPING, precautions: ['CONTACT'], since: at('10:00') });
    expect(nextBedState(vacated!, { kind: 'CLEANED', at: at('10:50') })).toEqual({
      status: BedStatus.UNOCCUPIED,
      since: at('10:50'),
      encounterId: null,
      precautions: [],
      source: BedStatusSource.CLEANING,
    });
  });

  it('ignores what happened before its current status, whichever topic it came late on', () => {
    const cleaned: BedState = { ...empty, since: at('10:50') };
    expect(nextBedState(cleaned, { kind: 'PATIENT_OUT', encounterId: 'e1', precautions: [], at: at('10:00') })).toBeNull();
    expect(nextBedState(occupiedBy('e2'), { kind: 'CLEANED', at: at('07:00') })).toBeNull();
  });

  it('does not let another patient’s discharge, precautions or cancelled admission move an occupied bed', () => {
    expect(nextBedState(occupiedBy('e2'), { kind: 'PATIENT_OUT', encounterId: 'e1', precautions: [], at: at('09:00') })).toBeNull();
    expect(nextBedState(occupiedBy('e2'), { kind: 'PRECAUTIONS', encounterId: 'e1', precautions: ['AIRBORNE'], at: at('09:00') })).toBeNull();
    expect(nextBedState(occupiedBy('e2'), { kind: 'ADMISSION_VOID', encounterId: 'e1', at: at('09:00') })).toBeNull();
  });

  it('turns isolated when precautions are added to its patient, and back when they are lifted', () => {
    const isolated = nextBedState(occupiedBy('e1'), { kind: 'PRECAUTIONS', encounterId: 'e1', precautions: ['DROPLET'], at: at('09:00') });
    expect(isolated).toMatchObject({ status: BedStatus.ISOLATED, since: at('08:00') });
    expect(nextBedState(isolated!, { kind: 'PRECAUTIONS', encounterId: 'e1', precautions: ['DROPLET'], at: at('09:30') })).toBeNull();
    expect(nextBedState(isolated!, { kind: 'PRECAUTIONS', encounterId: 'e1', precautions: [], at: at('11:00') })).toMatchObject({ status: BedStatus.OCCUPIED });
  });

  it('is free again when the admission holding it is cancelled, and occupied again when a discharge is', () => {
    expect(nextBedState(occupiedBy('e1'), { kind: 'ADMISSION_VOID', encounterId: 'e1', at: at('09:00') })).toMatchObject({ status: BedStatus.UNOCCUPIED, encounterId: null });
    const vacated = nextBedState(occupiedBy('e1'), { kind: 'PATIENT_OUT', encounterId: 'e1', precautions: [], at: at('10:00') })!;
    expect(nextBedState(vacated, { kind: 'PATIENT_IN', encounterId: 'e1', precautions: [], at: at('10:20') })).toMatchObject({ status: BedStatus.OCCUPIED });
  });

  it('is not readied by a clean when a patient is in it, and staff neither admit nor discharge', () => {
    expect(nextBedState(occupiedBy('e1'), { kind: 'CLEANED', at: at('09:00') })).toBeNull();
    expect(staffMayChange(BedStatus.OCCUPIED, BedStatus.CLOSED)).toBe(false);
    expect(staffMayChange(BedStatus.ISOLATED, BedStatus.UNOCCUPIED)).toBe(false);
    expect(staffMayChange(BedStatus.UNOCCUPIED, BedStatus.CLOSED)).toBe(true);
    expect(staffMayChange(BedStatus.CLOSED, BedStatus.UNOCCUPIED)).toBe(true);
    expect(staffMayChange(BedStatus.CLOSED, BedStatus.CONTAMINATED)).toBe(true);
  });
});
