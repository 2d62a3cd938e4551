import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { campusScopeWhere, scopeToCampuses } from '@houqin/platform-database';
import { EntityName, notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource, EntityManager, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InspectionCheckpointRow, InspectionReadingRow, InspectionRoundRow, InspectionRouteRow } from './inspection.entity';
import { InspectionRoundsArgs } from './inspection.inputs';
import { OPEN_ROUND_STATUSES } from './round-lifecycle';
import { InspectionRoundStatus } from './round-status';

/** One route's figures in a period, as the completion report shows them. */
export interface RoundCompletionFigures {
  routeId: string;
  routeName: string;
  campusId: string;
  teamId: string;
  scheduled: number;
  completedOnTime: number;
  completedLate: number;
  missed: number;
  open: number;
}

const S = InspectionRoundStatus;

/**
 * Inspection reads. Lookups by id are scoped to the caller's campuses here (another campus's route or round
 * is simply not found); lists and the report take a campus the resolver has already checked.
 */
@Injectable()
export class InspectionRepository {
  constructor(private readonly dataSource: DataSource) {}

  findVisibleRoute(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<InspectionRouteRow> {
    const routeId = requireUuid('routeId', id);
    return this.one(
      manager.createQueryBuilder(InspectionRouteRow, 'route').where('route.id = :id', { id: routeId }),
      identity,
      lock,
      'InspectionRoute',
      routeId,
    );
  }

  findVisibleRound(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<InspectionRoundRow> {
    const roundId = requireUuid('roundId', id);
    return this.one(
      manager.createQueryBuilder(InspectionRoundRow, 'round').where('round.id = :id', { id: roundId }),
      identity,
      lock,
      'InspectionRound',
      roundId,
    );
  }

  /** A campus's routes by name, the active ones unless `includeInactive`. */
  routes(campusId: string, includeInactive: boolean): Promise<InspectionRouteRow[]> {
    return this.dataSource.manager.find(InspectionRouteRow, {
      where: { campusId, ...(includeInactive ? {} : { active: true }) },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  /** Routes for a batch of references (rounds), within the caller's campuses. */
  async findManyVisibleRoutes(identity: Identity, ids: string[]): Promise<Map<string, InspectionRouteRow>> {
    const rows = await this.dataSource.manager.find(InspectionRouteRow, { where: { id: In(ids), ...campusScopeWhere(identity) } });
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** The checkpoints of the routes, in walking order. */
  checkpoints(routeIds: string[], manager: EntityManager = this.dataSource.manager): Promise<InspectionCheckpointRow[]> {
    return manager.find(InspectionCheckpointRow, { where: { routeId: In(routeIds) }, order: { routeId: 'ASC', sequence: 'ASC' } });
  }

  readings(roundIds: string[]): Promise<InspectionReadingRow[]> {
    return this.dataSource.manager.find(InspectionReadingRow, { where: { roundId: In(roundIds) } });
  }

  /** A campus's rounds scheduled in [from, to), in the order they were scheduled. */
  rounds<T>(campusId: string, args: InspectionRoundsArgs, map: (row: InspectionRoundRow) => T): Promise<Page<T>> {
    const query = this.dataSource.manager
      .createQueryBuilder(InspectionRoundRow, 'round')
      .where('round.campus_id = :campusId AND round.scheduled_start >= :from AND round.scheduled_start < :to', { campusId, from: args.from, to: args.to });
    const routeId = optionalUuid('routeId', args.routeId);
    if (routeId) query.andWhere('round.route_id = :routeId', { routeId });
    if (args.status) query.andWhere('round.status = :status', { status: args.status });
    return paginate(query, args, map);
  }

  /**
   * Per route, the rounds scheduled in [from, to) on the given campuses (null = all), in one aggregate. On time
   * means started within the grace; every completed round was completed before it was due (nothing later is accepted).
   */
  async completion(campusIds: string[] | null, from: Date, to: Date): Promise<RoundCompletionFigures[]> {
    const rows: Array<Record<string, string>> = await this.dataSource.query(
      `SELECT rt.id AS "routeId", rt.name AS "routeName", rt.campus_id AS "campusId", rt.team_id AS "teamId",
              count(*) AS scheduled,
              count(*) FILTER (WHERE r.status = $4 AND r.started_at <= r.start_by) AS "completedOnTime",
              count(*) FILTER (WHERE r.status = $4 AND r.started_at > r.start_by) AS "completedLate",
              count(*) FILTER (WHERE r.status = $5) AS missed,
              count(*) FILTER (WHERE r.status = ANY($6)) AS open
         FROM inspection_round r JOIN inspection_route rt ON rt.id = r.route_id
        WHERE r.scheduled_start >= $1 AND r.scheduled_start < $2 AND r.status <> $7
          AND ($3::uuid[] IS NULL OR r.campus_id = ANY($3))
        GROUP BY rt.id
        ORDER BY rt.name, rt.id`,
      [from.toISOString(), to.toISOString(), campusIds, S.COMPLETED, S.MISSED, OPEN_ROUND_STATUSES, S.CANCELLED],
    );
    return rows.map((r) => ({
      routeId: r.routeId,
      routeName: r.routeName,
      campusId: r.campusId,
      teamId: r.teamId,
      scheduled: Number(r.scheduled),
      completedOnTime: Number(r.completedOnTime),
      completedLate: Number(r.completedLate),
      missed: Number(r.missed),
      open: Number(r.open),
    }));
  }

  private async one<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, identity: Identity, lock: boolean, entity: EntityName, id: string): Promise<T> {
    scopeToCampuses(query, identity);
    if (lock) query.setLock('pessimistic_write');
    const row = await query.getOne();
    if (!row) throw notFound(entity, id);
    return row;
  }
}
