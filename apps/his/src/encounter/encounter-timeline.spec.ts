import { chinaInstant } from '@houqin/platform-calendar';
import { AdtTrigger } from '../hl7/adt-message';
import { EncounterEvent, encounterChanges, EncounterState, replayEncounter } from './encounter-timeline';

let sequence = 0;
/** An event at hh:mm on 7 December, in bed `bed` of ward 5 unless told. */
const at = (trigger: AdtTrigger, time: string, extra: Partial<EncounterEvent> = {}): EncounterEvent => ({
  messageId: String(++sequence).padStart(4, '0'),
  trigger,
  occurredAt: chinaInstant('2026-12-07', time),
  patientClass: 'I',
  campusId: 'east',
  locationId: 'bed501-1',
  wardId: 'ward5',
  departmentId: 'cardiology',
  admittedAt: null,
  dischargedAt: null,
  precautions: [],
  dietCode: '',
  ...extra,
});

/** The state and changes after each arrival, as the feed sees them message by message. */
function arrive(...events: EncounterEvent[]): { states: (EncounterState | null)[]; changes: string[][]; held: number } {
  const states: (EncounterState | null)[] = [];
  const changes: string[][] = [];
  let before: EncounterState | null = null;
  let held = 0;
  for (let i = 1; i <= events.length; i++) {
    const replay = replayEncounter(events.slice(0, i));
    changes.push(encounterChanges(before, replay.state));
    states.push(replay.state);
    before = replay.state;
    held = replay.held.length;
  }
  return { states, changes, held };
}

describe('encounter timeline', () => {
  it('admits, transfers and discharges, each announced once', () => {
    const { states, changes } = arrive(
      at('A01', '08:00'),
      at('A02', '10:00', { locationId: 'bed502-1' }),
      at('A03', '12:00', { locationId: 'bed502-1', precautions: ['CONTACT'] }),
    );
    expect(changes).toEqual([['ADMITTED'], ['TRANSFERRED'], ['DISCHARGED']]);
    expect(states[2]).toMatchObject({ status: 'DISCHARGED', locationId: 'bed502-1', precautions: ['CONTACT'] });
    expect(states[2]?.dischargedAt?.toISOString()).toBe('2026-12-07T04:00:00.000Z');
  });

  it('applies a transfer that arrives after the discharge where it happened: the discharge was from the new bed', () => {
    const { states, changes } = arrive(at('A01', '08:00'), at('A03', '12:00', { locationId: null }), at('A02', '10:00', { locationId: 'bed502-1' }));
    // Announced as the move it was: the old bed was left at 10:00, and the discharge left the new one.
    expect(changes).toEqual([['ADMITTED'], ['DISCHARGED'], ['TRANSFERRED']]);
    expect(states[2]).toMatchObject({ status: 'DISCHARGED', locationId: 'bed502-1' });
  });

  it('undoes a discharge its A13 cancels, and announces the cancel', () => {
    const { states, changes, held } = arrive(at('A01', '08:00'), at('A03', '12:00'), at('A13', '12:30'));
    expect(changes).toEqual([['ADMITTED'], ['DISCHARGED'], ['DISCHARGE_CANCELLED']]);
    expect(states[2]).toMatchObject({ status: 'ADMITTED', dischargedAt: null });
    expect(held).toBe(0);
  });

  it('holds a cancel that arrives before its discharge, and lets the pair come to nothing', () => {
    const { states, changes, held } = arrive(at('A01', '08:00'), at('A13', '12:30'));
    expect([changes, held]).toEqual([[['ADMITTED'], []], 1]);
    const late = arrive(at('A01', '08:00'), at('A13', '12:30'), at('A03', '12:00'));
    expect(late.changes).toEqual([['ADMITTED'], [], []]);
    expect([late.states[2]?.status, late.held]).toEqual(['ADMITTED', 0]);
    expect(states[1]?.status).toBe('ADMITTED');
  });

  it('cancels an admission (A11) and a transfer (A12), back to the bed before it', () => {
    expect(arrive(at('A01', '08:00'), at('A11', '08:30')).changes).toEqual([['ADMITTED'], ['ADMISSION_CANCELLED']]);
    const transfer = arrive(at('A01', '08:00'), at('A02', '10:00', { locationId: 'bed502-1' }), at('A12', '10:05'));
    expect(transfer.changes).toEqual([['ADMITTED'], ['TRANSFERRED'], ['TRANSFERRED']]);
    expect(transfer.states[2]?.locationId).toBe('bed501-1');
  });

  it('announces an update (A08) of precautions or diet, and nothing for an update that changes nothing', () => {
    const { changes, states } = arrive(at('A01', '08:00'), at('A08', '09:00', { precautions: ['AIRBORNE'], dietCode: 'LS' }), at('A08', '09:30', { precautions: ['AIRBORNE'], dietCode: 'LS' }));
    expect(changes).toEqual([['ADMITTED'], ['UPDATED'], []]);
    expect(states[2]).toMatchObject({ precautions: ['AIRBORNE'], dietCode: 'LS' });
  });

  it('registers an outpatient (A04) and admits them later', () => {
    const { changes } = arrive(at('A04', '07:00', { patientClass: 'O', locationId: null, wardId: null }), at('A01', '08:00'));
    expect(changes).toEqual([['REGISTERED'], ['ADMITTED']]);
  });
});
