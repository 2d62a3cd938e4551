/** What a role means, for the people who map the IdP's directory groups onto it (docs/roles.md). */
export interface RoleDefinition {
  zh: string;
  en: string;
  /** Whose work it is and what it may do, in a sentence. */
  description: string;
  /** Reaches every campus of the group rather than the campuses listed in the token. */
  groupWide?: boolean;
}

const ROLE_SET = Symbol('houqin.role-set');

/** The roles one owner (the platform or a service) declares: each role's name is its value, as tokens carry it. */
export type RoleSet<R extends string> = { readonly [K in R]: K } & {
  readonly [ROLE_SET]: { readonly owner: string; readonly definitions: Readonly<Record<R, RoleDefinition>> };
};

/**
 * Declares the roles an owner introduces, beside its contracts: `MaintenanceRole.TECHNICIAN === 'TECHNICIAN'`. The
 * role catalogue (and so the roles a user token may carry) is built from every set the contracts folders export.
 */
export function defineRoles<const T extends Record<string, RoleDefinition>>(owner: string, definitions: T): RoleSet<keyof T & string> {
  for (const name of Object.keys(definitions)) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(name)) throw new Error(`role ${name} of ${owner} must be UPPER_SNAKE_CASE`);
  }
  const names = Object.fromEntries(Object.keys(definitions).map((name) => [name, name]));
  Object.defineProperty(names, ROLE_SET, { value: { owner, definitions }, enumerable: false });
  return Object.freeze(names) as RoleSet<keyof T & string>;
}

/** The role names of a set. */
export type RoleNames<S> = S extends RoleSet<infer R> ? R : never;

export function isRoleSet(value: unknown): value is RoleSet<string> {
  return typeof value === 'object' && value !== null && ROLE_SET in value;
}

export interface CatalogueRole extends RoleDefinition {
  name: string;
  owner: string;
}

/** The roles of some sets, one entry each; two owners declaring the same name is a mistake (tokens carry bare names). */
export function rolesOf(sets: readonly RoleSet<string>[]): CatalogueRole[] {
  const byName = new Map<string, CatalogueRole>();
  for (const set of sets) {
    const { owner, definitions } = set[ROLE_SET];
    for (const [name, definition] of Object.entries(definitions) as [string, RoleDefinition][]) {
      const existing = byName.get(name);
      if (existing) throw new Error(`role ${name} of ${owner} is already declared by ${existing.owner}`);
      byName.set(name, { name, owner, ...definition });
    }
  }
  return [...byName.values()];
}
