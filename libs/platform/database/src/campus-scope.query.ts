import { CampusScope, Identity } from '@houqin/platform-auth';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

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
