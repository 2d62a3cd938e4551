import { SlaPolicy, WorkOrderPriority } from './sla-policy';

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
