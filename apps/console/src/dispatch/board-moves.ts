/**
 * What dropping a card on the dispatch board means. Onto a technician: 派工 (dispatch) to them and their team, or
 * 改派 (reassign) with a reason when someone already has it. Back to the unassigned lane, or onto the same person,
 * nothing. Only orders whose allowedActions include DISPATCH move at all (the service decides; the board asks it).
 */
export type Lane = { kind: 'unassigned' } | { kind: 'technician'; staffId: string; teamId: string };

export interface BoardCard {
  id: string;
  technicianId: string | null;
  allowedActions: readonly string[];
}

export type Move =
  | { kind: 'none' }
  | { kind: 'refused'; why: 'NOT_DISPATCHABLE' | 'CANNOT_UNASSIGN' }
  | { kind: 'dispatch'; workOrderId: string; teamId: string; technicianId: string; needsReason: boolean };

export const laneId = (lane: Lane) => (lane.kind === 'unassigned' ? 'unassigned' : `technician:${lane.teamId}:${lane.staffId}`);

export function parseLaneId(id: string): Lane | null {
  if (id === 'unassigned') return { kind: 'unassigned' };
  const [kind, teamId, staffId] = id.split(':');
  return kind === 'technician' && teamId && staffId ? { kind: 'technician', teamId, staffId } : null;
}

export function planMove(card: BoardCard, to: Lane): Move {
  if (to.kind === 'unassigned') return card.technicianId ? { kind: 'refused', why: 'CANNOT_UNASSIGN' } : { kind: 'none' };
  if (card.technicianId === to.staffId) return { kind: 'none' };
  if (!card.allowedActions.includes('DISPATCH')) return { kind: 'refused', why: 'NOT_DISPATCHABLE' };
  return { kind: 'dispatch', workOrderId: card.id, teamId: to.teamId, technicianId: to.staffId, needsReason: card.technicianId !== null };
}
