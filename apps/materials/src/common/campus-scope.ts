import { CampusScope, Identity } from '@houqin/platform-auth';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Restricts a query to the caller's campuses (no-op for group-wide roles). Campus ids that are not uuids are
 * dropped rather than sent to Postgres, where they would turn every query of that caller into a cast error.
 */
export function scopeToCampuses<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  identity: Identity,
  column = `${query.alias}.campusId`,
): SelectQueryBuilder<T> {
  const campusIds = CampusScope.of(identity).filter();
  if (campusIds) query.andWhere(`${column} = ANY(:scopeCampusIds)`, { scopeCampusIds: campusIds.filter((id) => UUID.test(id)) });
  return query;
}
