import { hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { DomainError, forbidden, optionalUuid } from '@houqin/platform-errors';

/**
 * Caller-chosen ids keep demo and imported data stable across environments; only a group admin may choose
 * one, so nobody else can squat on an id an import is about to use.
 */
export function chosenId(identity: Identity, field: string, value: string | null | undefined): string | null {
  const id = optionalUuid(field, value);
  if (id && !hasAnyRole(identity, [Role.GROUP_ADMIN])) throw forbidden();
  return id;
}

/** True when the error is Postgres rejecting a duplicate on the given unique index or primary key. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.driverError?.code ?? e?.code;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && name === constraint;
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
