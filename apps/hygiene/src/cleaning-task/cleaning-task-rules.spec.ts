import { chinaInstant } from '@houqin/platform-calendar';
import { RiskLevel } from '../zone/zone-kind';
import { missingItems, planClean } from './clean-plan';
import { chooseCleaner, CleanerCandidate } from './cleaner-choice';
import { roundsDue, roundsOn } from './cleaning-rounds';
import { CleaningSla } from './cleaning-sla';
import { CleaningTaskKind } from './cleaning-task-kind';

const codes = (kind: CleaningTaskKind, risk: RiskLevel, precautions: string[] = []) => planClean(kind, risk, precautions).checklist.map((step) => step.code);

describe('the clean a task asks for (WS/T 512-2016)', () => {
  it('gives an ordinary terminal clean 500 mg/L and the bed-unit steps, no isolation steps', () => {
    const plan = planClean(CleaningTaskKind.TERMINAL, RiskLevel.MEDIUM, []);
    expect(plan).toMatchObject({ riskLevel: RiskLevel.MEDIUM, chlorineMgPerL: 500 });
    expect(plan.checklist.map((s) => s.code)).toEqual(['STRIP_LINEN', 'WIPE_BED_UNIT', 'MATTRESS', 'HIGH_TOUCH', 'FLOOR', 'TOOLS', 'MAKE_BED']);
    expect(plan.checklist[1].zh).toContain('500 mg/L');
  });

  it('raises a contact-isolation discharge to high risk, 1000 mg/L, with curtains, infectious linen and dedicated tools', () => {
    const plan = planClean(CleaningTaskKind.TERMINAL, RiskLevel.MEDIUM, ['CONTACT']);
    expect(plan).toMatchObject({ riskLevel: RiskLevel.HIGH, chlorineMgPerL: 1000 });
    expect(plan.checklist.map((s) => s.code)).toEqual(expect.arrayContaining(['INFECTIOUS_LINEN', 'CURTAIN', 'DEDICATED_TOOLS']));
    expect(codes(CleaningTaskKind.TERMINAL, RiskLevel.MEDIUM, ['CONTACT'])).not.toContain('AIR');
  });

  it('adds air disinfection for droplet, a sealed room, respirators and 2000 mg/L for airborne', () => {
    expect(codes(CleaningTaskKind.TERMINAL, RiskLevel.MEDIUM, ['DROPLET'])).toContain('AIR');
    const airborne = planClean(CleaningTaskKind.TERMINAL, RiskLevel.MEDIUM, ['AIRBORNE']);
    expect(airborne.chlorineMgPerL).toBe(2000);
    expect(airborne.checklist.map((s) => s.code)).toEqual(expect.arrayContaining(['RESPIRATOR', 'SEALED_AIR']));
    expect(airborne.checklist[0].code).toBe('RESPIRATOR');
  });

  it('does not raise protective isolation (it shields the patient) and soaks spills at 2000 mg/L', () => {
    expect(planClean(CleaningTaskKind.TERMINAL, RiskLevel.MEDIUM, ['PROTECTIVE'])).toMatchObject({ riskLevel: RiskLevel.MEDIUM, chlorineMgPerL: 500 });
    expect(planClean(CleaningTaskKind.SPILL, RiskLevel.LOW, [])).toMatchObject({ chlorineMgPerL: 2000 });
    expect(codes(CleaningTaskKind.SPILL, RiskLevel.LOW)).toEqual(['ABSORB', 'SPILL_SOAK', 'FLOOR', 'TOOLS']);
  });

  it('names the checklist items a finish left out', () => {
    const plan = planClean(CleaningTaskKind.ROUTINE, RiskLevel.LOW, []);
    expect(missingItems(plan.checklist, ['HIGH_TOUCH', 'FLOOR'])).toEqual(['BINS', 'TOOLS']);
    expect(missingItems(plan.checklist, plan.checklist.map((s) => s.code))).toEqual([]);
  });
});

describe('auto-assignment (自动派工)', () => {
  const cleaner = (id: string, over: Partial<CleanerCandidate> = {}): CleanerCandidate => ({
    cleanerId: id,
    zoneIds: ['z5'],
    trainedUntil: '2027-06-30',
    openTasks: 0,
    lastAssignedAt: null,
    ...over,
  });
  const task = (riskLevel: RiskLevel, zoneId: string | null = 'z5') => ({ zoneId, riskLevel, today: '2026-12-07' });

  it('gives high-risk work only to cleaners whose infection-control training is current', () => {
    const lapsed = cleaner('lapsed', { trainedUntil: '2026-12-06' });
    const untrained = cleaner('untrained', { trainedUntil: null });
    expect(chooseCleaner(task(RiskLevel.HIGH), [lapsed, untrained])).toEqual({ refusal: 'NONE_TRAINED' });
    expect(chooseCleaner(task(RiskLevel.HIGH), [lapsed, untrained, cleaner('trained', { openTasks: 5 })])).toEqual({ cleanerId: 'trained' });
    expect(chooseCleaner(task(RiskLevel.MEDIUM), [cleaner('trained', { openTasks: 5 }), untrained])).toEqual({ cleanerId: 'untrained' });
  });

  it('keeps to the task’s zone, then the lightest load, then who waited longest', () => {
    const other = cleaner('other-zone', { zoneIds: ['z6'] });
    expect(chooseCleaner(task(RiskLevel.MEDIUM), [other])).toEqual({ refusal: 'NO_CLEANER_ON_ZONE' });
    const busy = cleaner('busy', { openTasks: 3 });
    const recent = cleaner('recent', { openTasks: 1, lastAssignedAt: new Date('2026-12-07T02:00:00Z') });
    const waited = cleaner('waited', { openTasks: 1, lastAssignedAt: new Date('2026-12-07T01:00:00Z') });
    expect(chooseCleaner(task(RiskLevel.MEDIUM), [busy, recent, waited, other])).toEqual({ cleanerId: 'waited' });
    expect(chooseCleaner(task(RiskLevel.MEDIUM, null), [other])).toEqual({ cleanerId: 'other-zone' });
  });
});

describe('cleaning deadlines', () => {
  const at = new Date('2026-12-07T02:00:00Z');
  const plus = (minutes: number) => new Date(at.getTime() + minutes * 60_000);

  it('starts a terminal clean within 30 minutes and readies the bed within 90 by default, or the campus’s own', () => {
    expect(new CleaningSla().deadlines(CleaningTaskKind.TERMINAL, at)).toEqual({ startDueAt: plus(30), readyDueAt: plus(90) });
    expect(new CleaningSla({ terminalStartMinutes: 20, terminalReadyMinutes: 60 }).deadlines(CleaningTaskKind.TERMINAL, at)).toEqual({ startDueAt: plus(20), readyDueAt: plus(60) });
    expect(new CleaningSla().deadlines(CleaningTaskKind.SPILL, at)).toEqual({ startDueAt: plus(15), readyDueAt: plus(45) });
  });

  it('halves what is left when an admission waits, never moving a passed deadline', () => {
    const deadlines = { startDueAt: plus(30), readyDueAt: plus(90) };
    expect(new CleaningSla().cleanNext(deadlines, plus(40))).toEqual({ startDueAt: plus(30), readyDueAt: plus(65) });
  });

  it('refuses deadlines that make no sense', () => {
    expect(CleaningSla.validate({ terminalStartMinutes: 30, terminalReadyMinutes: 90 })).toBeNull();
    expect(CleaningSla.validate({ terminalStartMinutes: 0, terminalReadyMinutes: 90 })).toBe('terminalStartMinutes');
    expect(CleaningSla.validate({ terminalStartMinutes: 30, terminalReadyMinutes: 30 })).toBe('terminalReadyMinutes');
  });
});

describe('rounds on the Beijing calendar (每天多转常扫勤擦，每周一大扫)', () => {
  it('gives a zone its standard’s rounds a day, and the deep clean on Wednesdays', () => {
    expect(roundsOn('2026-12-07', RiskLevel.MEDIUM).map((r) => [r.kind, r.startsAt.toISOString()])).toEqual([
      ['ROUTINE', '2026-12-07T00:00:00.000Z'],
      ['ROUTINE', '2026-12-07T06:00:00.000Z'],
    ]);
    expect(roundsOn('2026-12-07', RiskLevel.HIGH)).toHaveLength(3);
    expect(roundsOn('2026-12-09', RiskLevel.LOW).map((r) => r.kind)).toEqual(['ROUTINE', 'DEEP']);
  });

  it('opens a round an hour ahead, catches up on the last twelve hours after a restart, never further back', () => {
    const due = (beijing: string) => roundsDue(beijing.slice(0, 10), RiskLevel.MEDIUM, chinaInstant(beijing.slice(0, 10), beijing.slice(11))).map((r) => `${r.date}#${r.round}`);
    expect(due('2026-12-07 06:30')).toEqual([]);
    expect(due('2026-12-07 07:00')).toEqual(['2026-12-07#1']);
    expect(due('2026-12-07 13:10')).toEqual(['2026-12-07#1', '2026-12-07#2']);
    expect(due('2026-12-08 01:00')).toEqual(['2026-12-07#2']);
  });
});
