import { Identity, Role } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';

/** A state's or an action's name in the users' two languages, for messages. */
export interface Labels {
  en: string;
  zh: string;
}

/**
 * The codes an illegal transition may carry. Machines that existed before the shared shape keep their own code
 * so clients do not break (ADR 0011); a new machine uses ILLEGAL_TRANSITION.
 */
export type IllegalTransitionCode =
  | 'ILLEGAL_TRANSITION'
  | 'ASSET_ILLEGAL_TRANSITION'
  | 'VENDOR_CALL_ILLEGAL_TRANSITION'
  | 'INSPECTION_ROUND_ILLEGAL_TRANSITION'
  | 'REQUISITION_ILLEGAL_TRANSITION'
  | 'STOCKTAKE_ILLEGAL_TRANSITION'
  | 'PRICE_EXCEPTION_ILLEGAL_TRANSITION';

/**
 * Where an action leads: one state; one of several that the use case picks (an approval that may skip the next
 * step, an issue that may leave a backorder); or 'stays' (a clock pause, a reading on a round in progress).
 */
export type Target<S extends string> = S | readonly S[] | 'stays';

export interface ActionRule<S extends string, Row> extends Labels {
  from: readonly S[];
  to: Target<S>;
  /** Who may ask for it: resolvers declare these with @Roles, so the guard refuses anyone else first. */
  roles: readonly Role[];
  /** Whom the roles are not enough for, on this row (a technician works only orders assigned to them): throws. */
  check?: (identity: Identity, row: Row) => void;
}

export interface LifecycleDeclaration<S extends string, A extends string, Row> {
  entity: Labels & {
    /** The audit trail's entity type (`Requisition`). */
    type: string;
    /** How messages name one row (its number), when it has a name people use. */
    name?: (row: Row) => string;
  };
  illegalTransition: IllegalTransitionCode;
  states: Record<S, Labels>;
  /** In the order `allowedActions` lists them (the console shows its buttons in this order). */
  actions: Record<A, ActionRule<S, Row>>;
  /** The audit entry's action name; each machine keeps the names its trail already has. */
  auditAction: (action: A) => string;
}

/**
 * A state machine declared once: states, actions and where they lead, who may take them, the names messages use
 * and the code of a refusal. Pure; the TransitionRunner does the writing.
 */
export class Lifecycle<S extends string, A extends string, Row = unknown> {
  constructor(readonly declaration: LifecycleDeclaration<S, A, Row>) {}

  get entityType(): string {
    return this.declaration.entity.type;
  }

  rule(action: A): ActionRule<S, Row> {
    return this.declaration.actions[action];
  }

  allows(state: S, action: A): boolean {
    return this.rule(action).from.includes(state);
  }

  /** What can be done in `state`, in declaration order. */
  allowedActions(state: S): A[] {
    return (Object.keys(this.declaration.actions) as A[]).filter((action) => this.allows(state, action));
  }

  /** The states `action` may lead to from `state`; the refusal when it is not allowed there. */
  targets(state: S, action: A, row?: Row): readonly S[] {
    if (!this.allows(state, action)) throw this.refusal(state, action, row);
    const { to } = this.rule(action);
    return to === 'stays' ? [state] : typeof to === 'string' ? [to as S] : (to as readonly S[]);
  }

  /** The state after `action` when the machine alone decides it (not one of several targets). */
  next(state: S, action: A, row?: Row): S {
    const targets = this.targets(state, action, row);
    if (targets.length !== 1) throw new Error(`${this.entityType}: ${action} leads to one of ${targets.join(', ')}; the use case decides`);
    return targets[0];
  }

  /** The roles that may ask for any of `actions` (one mutation may take several, e.g. 停用 / 恢复 / 报废). */
  roles(...actions: A[]): Role[] {
    return [...new Set(actions.flatMap((action) => this.rule(action).roles))];
  }

  /** The action's own rule about this caller and row, beyond roles. */
  check(action: A, identity: Identity, row: Row): void {
    this.rule(action).check?.(identity, row);
  }

  stateLabel(state: S): Labels {
    return this.declaration.states[state];
  }

  /** Every state's Chinese name, for GraphQL types that show it. */
  stateLabelsZh(): Record<S, string> {
    const entries = Object.entries(this.declaration.states) as [S, Labels][];
    return Object.fromEntries(entries.map(([state, labels]) => [state, labels.zh])) as Record<S, string>;
  }

  auditAction(action: A): string {
    return this.declaration.auditAction(action);
  }

  /**
   * The one shape of an illegal transition on every machine: entity, entityZh, from, fromZh, action, actionZh.
   * The code is the machine's own.
   */
  refusal(state: S, action: A, row?: Row): DomainError {
    const { entity, illegalTransition } = this.declaration;
    const name = row === undefined ? undefined : entity.name?.(row);
    const from = this.stateLabel(state);
    const rule = this.rule(action);
    return new DomainError(illegalTransition, {
      entity: name ? `${entity.en} ${name}` : `${/^[aeiou]/i.test(entity.en) ? 'an' : 'a'} ${entity.en}`,
      entityZh: name ? `${entity.zh} ${name}` : entity.zh,
      from: from.en,
      fromZh: from.zh,
      action: rule.en,
      actionZh: rule.zh,
    });
  }
}

export const defineLifecycle = <S extends string, A extends string, Row = unknown>(declaration: LifecycleDeclaration<S, A, Row>) =>
  new Lifecycle<S, A, Row>(declaration);
