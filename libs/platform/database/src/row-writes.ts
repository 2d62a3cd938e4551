import { hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { DomainError, forbidden, optionalUuid } from '@houqin/platform-errors';

/**
 * Caller-chosen ids keep demo data and HIS imports stable across environments; only a group admin may
 * choose one, so nobody else can squat on an id an import is about to use. Null when none was chosen.
 */
export function chosenId(identity: Identity, field: string, value: string | null | undefined): string | null {
  const id = optionalUuid(field, value);
  if (id && !hasAnyRole(identity, [Role.GROUP_ADMIN])) throw forbidden();
  return id;
}

/** True when the error is Postgres rejecting a duplicate (on the given unique index or key, if named). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === '23505' && (constraint === undefined || uniqueViolationConstraint(error) === constraint);
}

/** The unique index or key a duplicate violated, when Postgres named it. */
export function uniqueViolationConstraint(error: unknown): string | undefined {
  const e = error as { constraint?: string; driverError?: { constraint?: string } };
  return e?.driverError?.constraint ?? e?.constraint;
}

/** Runs a write and turns a duplicate on `constraint` into the catalogue's DUPLICATE error. */
export async function rejectDuplicate<T>(constraint: string, entity: string, value: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, constraint)) throw new DomainError('DUPLICATE', { entity, value });
    throw error;
  }
}
