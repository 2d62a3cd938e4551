import { MaintenanceRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { domainErrorOf, forbidden } from '@houqin/platform-errors';
import { defineLifecycle } from './lifecycle';

enum Door {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  LOCKED = 'LOCKED',
}
enum DoorAction {
  CLOSE = 'CLOSE',
  LOCK = 'LOCK',
  UNLOCK = 'UNLOCK',
  INSPECT = 'INSPECT',
  SETTLE = 'SETTLE',
}

interface DoorRow {
  number: string;
  keeper: string;
}

const door = defineLifecycle<Door, DoorAction, DoorRow>({
  entity: { type: 'Door', en: 'door', zh: '门', name: (row) => row.number },
  illegalTransition: 'ILLEGAL_TRANSITION',
  states: { OPEN: { en: 'open', zh: '开着' }, CLOSED: { en: 'closed', zh: '关着' }, LOCKED: { en: 'locked', zh: '锁着' } },
  actions: {
    CLOSE: { from: [Door.OPEN], to: Door.CLOSED, en: 'close', zh: '关门', roles: [MaintenanceRole.TECHNICIAN] },
    LOCK: {
      from: [Door.CLOSED],
      to: Door.LOCKED,
      en: 'lock',
      zh: '锁门',
      roles: [MaintenanceRole.TECHNICIAN, MaintenanceRole.DISPATCHER],
      check: (identity, row) => {
        if (row.keeper !== identity.subject) throw forbidden();
      },
    },
    UNLOCK: { from: [Door.LOCKED], to: Door.CLOSED, en: 'unlock', zh: '开锁', roles: [MaintenanceRole.DISPATCHER] },
    INSPECT: { from: [Door.OPEN, Door.CLOSED, Door.LOCKED], to: 'stays', en: 'inspect', zh: '检查', roles: [Role.CAMPUS_ADMIN] },
    SETTLE: { from: [Door.OPEN], to: [Door.CLOSED, Door.LOCKED], en: 'settle', zh: '处置', roles: [Role.CAMPUS_ADMIN] },
  },
  auditAction: (action) => `door.${action.toLowerCase()}`,
});

const keeper: Identity = { subject: 'keeper', staffId: null, name: '李师傅', roles: [MaintenanceRole.TECHNICIAN], campusIds: [] };
const row: DoorRow = { number: 'D-101', keeper: 'keeper' };

describe('a declared lifecycle', () => {
  it('lists the actions allowed in a state, in declaration order', () => {
    expect(door.allowedActions(Door.OPEN)).toEqual([DoorAction.CLOSE, DoorAction.INSPECT, DoorAction.SETTLE]);
    expect(door.allowedActions(Door.LOCKED)).toEqual([DoorAction.UNLOCK, DoorAction.INSPECT]);
    expect(door.allows(Door.CLOSED, DoorAction.UNLOCK)).toBe(false);
  });

  it('gives the next state, the same one for an action that stays, and leaves a choice among several to the use case', () => {
    expect(door.next(Door.OPEN, DoorAction.CLOSE)).toBe(Door.CLOSED);
    expect(door.next(Door.LOCKED, DoorAction.INSPECT)).toBe(Door.LOCKED);
    expect(door.targets(Door.OPEN, DoorAction.SETTLE)).toEqual([Door.CLOSED, Door.LOCKED]);
    expect(() => door.next(Door.OPEN, DoorAction.SETTLE)).toThrow('the use case decides');
  });

  it('refuses with the machine code and the same params everywhere, naming the row when it has a name', () => {
    const named = domainErrorOf(() => door.next(Door.OPEN, DoorAction.LOCK, row));
    expect(named.code).toBe('ILLEGAL_TRANSITION');
    expect(named.params).toEqual({ entity: 'door D-101', entityZh: '门 D-101', from: 'open', fromZh: '开着', action: 'lock', actionZh: '锁门' });
    expect(named.messages).toEqual({ 'zh-CN': '门 D-101：当前状态为“开着”，不能锁门', en: 'Cannot lock door D-101 that is open' });
    const unnamed = domainErrorOf(() => door.next(Door.CLOSED, DoorAction.UNLOCK));
    expect(unnamed.messages).toEqual({ 'zh-CN': '门：当前状态为“关着”，不能开锁', en: 'Cannot unlock a door that is closed' });
  });

  it('says who may: roles for the resolvers, and the per-row rule', () => {
    expect(door.roles(DoorAction.LOCK)).toEqual([MaintenanceRole.TECHNICIAN, MaintenanceRole.DISPATCHER]);
    expect(door.roles(DoorAction.CLOSE, DoorAction.LOCK, DoorAction.UNLOCK)).toEqual([MaintenanceRole.TECHNICIAN, MaintenanceRole.DISPATCHER]);
    expect(() => door.check(DoorAction.LOCK, keeper, row)).not.toThrow();
    expect(domainErrorOf(() => door.check(DoorAction.LOCK, { ...keeper, subject: 'someone' }, row)).code).toBe('FORBIDDEN');
  });

  it('names states for the audit trail and the GraphQL types', () => {
    expect(door.auditAction(DoorAction.UNLOCK)).toBe('door.unlock');
    expect(door.entityType).toBe('Door');
    expect(door.stateLabelsZh()).toEqual({ OPEN: '开着', CLOSED: '关着', LOCKED: '锁着' });
  });
});
