import { laneId, parseLaneId, planMove } from './board-moves';

const zhang = { kind: 'technician' as const, staffId: 'staff-zhang', teamId: 'team-plumbing' };
const li = { kind: 'technician' as const, staffId: 'staff-li', teamId: 'team-electrical' };
const card = (technicianId: string | null, allowedActions = ['DISPATCH', 'CANCEL']) => ({ id: 'wo-1', technicianId, allowedActions });

describe('planMove (the dispatch board)', () => {
  it('dispatches an unassigned order to the technician and team it is dropped on, without a reason', () => {
    expect(planMove(card(null), zhang)).toEqual({
      kind: 'dispatch',
      workOrderId: 'wo-1',
      teamId: 'team-plumbing',
      technicianId: 'staff-zhang',
      needsReason: false,
    });
  });

  it('asks for a reason when the order moves from one technician to another (改派)', () => {
    expect(planMove(card('staff-zhang'), li)).toMatchObject({ kind: 'dispatch', technicianId: 'staff-li', teamId: 'team-electrical', needsReason: true });
  });

  it('does nothing for a drop where the card already is', () => {
    expect(planMove(card('staff-zhang'), zhang)).toEqual({ kind: 'none' });
    expect(planMove(card(null), { kind: 'unassigned' })).toEqual({ kind: 'none' });
  });

  it('refuses what the service would: an order it no longer lets be dispatched, or taking an order back from its technician', () => {
    expect(planMove(card(null, ['CANCEL']), zhang)).toEqual({ kind: 'refused', why: 'NOT_DISPATCHABLE' });
    expect(planMove(card('staff-zhang'), { kind: 'unassigned' })).toEqual({ kind: 'refused', why: 'CANNOT_UNASSIGN' });
  });

  it('names lanes so a drop target says where it is', () => {
    expect(parseLaneId(laneId(zhang))).toEqual(zhang);
    expect(parseLaneId(laneId({ kind: 'unassigned' }))).toEqual({ kind: 'unassigned' });
    expect(parseLaneId('elsewhere')).toBeNull();
  });
});
