import { forbidden, requireUuid } from '@houqin/platform-errors';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { FindOperator, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Restricts a query to the caller's campuses (a no-op for group-wide roles). Every service's data access
 * goes through this, so a campus admin of West never loads East's rows, whatever the gateway let through.
 */
export function scopeToCampuses<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  identity: Identity,
  column = `${query.alias}.campusId`,
): SelectQueryBuilder<T> {
  const campusIds = CampusScope.of(identity).filter();
  if (campusIds) query.andWhere(`${column} = ANY(:scopeCampusIds)`, { scopeCampusIds: campusIds });
  return query;
}

/** The same restriction as a `find` condition: spread it into `where` (`{}` for group-wide roles). */
export function campusScopeWhere(identity: Identity): { campusId?: FindOperator<string> } {
  const campusIds = CampusScope.of(identity).filter();
  return campusIds ? { campusId: In(campusIds) } : {};
}

/** A campus id the caller may act on (checked and lower-cased); another campus is FORBIDDEN. */
export function requireCampusInScope(identity: Identity, campusId: string, field = 'campusId'): string {
  const id = requireUuid(field, campusId);
  if (!CampusScope.of(identity).allows(id)) throw forbidden();
  return id;
}
