import { DEFAULT_SLA_MINUTES, escalationDueAt, EscalationLevel, resumedResolutionDueAt, SlaPolicy, WorkOrderPriority } from './sla-policy';

describe('SLA policy', () => {
  const policy = new SlaPolicy();
  const submitted = new Date('2026-11-23T08:00:00Z');

  it('computes response and resolution due times by priority', () => {
    expect(policy.dueTimes(WorkOrderPriority.URGENT, submitted)).toEqual({
      responseDueAt: new Date('2026-11-23T08:15:00Z'),
      resolutionDueAt: new Date('2026-11-23T12:00:00Z'),
    });
    expect(policy.dueTimes(WorkOrderPriority.HIGH, submitted)).toEqual({
      responseDueAt: new Date('2026-11-23T08:30:00Z'),
      resolutionDueAt: new Date('2026-11-23T16:00:00Z'),
    });
    expect(policy.dueTimes(WorkOrderPriority.LOW, submitted).resolutionDueAt).toEqual(new Date('2026-11-26T08:00:00Z'));
  });

  it('reports breaches for targets met late or still open past due', () => {
    const clock = policy.dueTimes(WorkOrderPriority.HIGH, submitted);
    const onTime = policy.evaluate(clock, new Date('2026-11-23T08:20:00Z'), new Date('2026-11-23T10:00:00Z'), new Date('2026-11-24T00:00:00Z'));
    expect(onTime).toMatchObject({ responseBreached: false, resolutionBreached: false });
    const lateResponse = policy.evaluate(clock, new Date('2026-11-23T08:31:00Z'), null, new Date('2026-11-23T09:00:00Z'));
    expect(lateResponse).toMatchObject({ responseBreached: true, resolutionBreached: false });
    const stillOpen = policy.evaluate(clock, null, null, new Date('2026-11-23T16:00:01Z'));
    expect(stillOpen).toMatchObject({ responseBreached: true, resolutionBreached: true });
  });
});

describe('SLA clock pauses and escalation', () => {
  const policy = new SlaPolicy();
  const submitted = new Date('2026-11-23T08:00:00Z');
  const clock = policy.dueTimes(WorkOrderPriority.HIGH, submitted);

  it('judges a paused resolution clock at the moment it was paused', () => {
    const pausedBeforeDue = policy.evaluate(clock, submitted, null, new Date('2026-11-23T20:00:00Z'), new Date('2026-11-23T12:00:00Z'));
    expect(pausedBeforeDue.resolutionBreached).toBe(false);
    const pausedAfterDue = policy.evaluate(clock, submitted, null, new Date('2026-11-23T20:00:00Z'), new Date('2026-11-23T16:30:00Z'));
    expect(pausedAfterDue.resolutionBreached).toBe(true);
  });

  it('moves the resolution due time on by the paused time when the clock resumes', () => {
    const resumed = resumedResolutionDueAt(clock.resolutionDueAt, new Date('2026-11-23T10:00:00Z'), new Date('2026-11-23T13:30:00Z'));
    expect(resumed).toEqual(new Date('2026-11-23T19:30:00Z'));
    // A resume stamped before the pause (clock skew between replicas) never shortens the target.
    expect(resumedResolutionDueAt(clock.resolutionDueAt, new Date('2026-11-23T10:00:00Z'), new Date('2026-11-23T09:59:00Z'))).toEqual(clock.resolutionDueAt);
  });

  it('escalates to the team lead at the due time and to the campus admin after the grace for the priority', () => {
    expect(escalationDueAt(EscalationLevel.TEAM_LEAD, WorkOrderPriority.HIGH, clock.responseDueAt)).toEqual(clock.responseDueAt);
    expect(escalationDueAt(EscalationLevel.CAMPUS_ADMIN, WorkOrderPriority.HIGH, clock.responseDueAt)).toEqual(new Date('2026-11-23T09:30:00Z'));
    expect(escalationDueAt(EscalationLevel.CAMPUS_ADMIN, WorkOrderPriority.URGENT, clock.responseDueAt)).toEqual(new Date('2026-11-23T09:00:00Z'));
  });

  it("takes a campus's own targets", () => {
    const strict = new SlaPolicy({ ...DEFAULT_SLA_MINUTES, NORMAL: { response: 20, resolution: 120 } });
    expect(strict.dueTimes(WorkOrderPriority.NORMAL, submitted)).toEqual({
      responseDueAt: new Date('2026-11-23T08:20:00Z'),
      resolutionDueAt: new Date('2026-11-23T10:00:00Z'),
    });
  });
});
