import { Injectable } from '@nestjs/common';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { notFound, requireUuid } from '@houqin/platform-errors';
import { StaffReplicaRow } from '@houqin/platform-org-replica';
import { DataSource, EntityManager } from 'typeorm';
import { WorkOrderStatus } from '../work-order/work-order-status';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { DutyKind, MAX_SHIFT_MS } from './duty-roster';
import { DutyShiftRow, TechnicianCertificateRow } from './crew.entity';
import { HeldLicence, LicenceKind } from './licence-requirements';

/** Dispatched to a technician and not yet completed: what they still have to do. */
const OPEN_FOR_TECHNICIAN = [WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS];

/** Two shifts of one person and kind that overlap; the first is one of those just written. */
export interface DutyOverlap {
  staffId: string;
  kind: DutyKind;
  startsAt: Date;
  endsAt: Date;
  otherStartsAt: Date;
  otherEndsAt: Date;
}

/** A candidate technician for an order, with the facts the ranking needs. */
export interface CandidateFacts {
  staffId: string;
  name: string;
  teamId: string;
  openOrders: number;
  dutyKinds: DutyKind[];
  /** Their certificates of the kinds the order's category needs. */
  held: HeldLicence[];
}

/**
 * Crew reads: licences, the roster, dispatch candidates. Lookups by id are scoped to the caller's campuses
 * here; roster reads take a campus the resolver has already checked. Shift queries bound `starts_at` from
 * below by the longest shift (24 h), so an overlap test can use the (…, starts_at) indexes.
 */
@Injectable()
export class CrewRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A staff member (org replica) of the caller's campuses; anyone else is simply not found. */
  async requireVisibleStaff(identity: Identity, id: string): Promise<StaffReplicaRow> {
    const staffId = requireUuid('staffId', id);
    const staff = await this.dataSource.manager.findOneBy(StaffReplicaRow, { id: staffId });
    if (!staff || !CampusScope.of(identity).allows(staff.campusId)) throw notFound('Staff', staffId);
    return staff;
  }

  /** A staff member's certificates, latest validity first. */
  certificates(staffId: string): Promise<TechnicianCertificateRow[]> {
    return this.dataSource.manager.find(TechnicianCertificateRow, { where: { staffId }, order: { validUntil: 'DESC', id: 'DESC' } });
  }

  async findVisibleShift(identity: Identity, id: string, manager: EntityManager, lock = false): Promise<DutyShiftRow> {
    const shiftId = requireUuid('shiftId', id);
    const query = scopeToCampuses(manager.createQueryBuilder(DutyShiftRow, 'shift').where('shift.id = :id', { id: shiftId }), identity);
    if (lock) query.setLock('pessimistic_write');
    const row = await query.getOne();
    if (!row) throw notFound('DutyShift', shiftId);
    return row;
  }

  /** The campus's shifts running at some moment in [from, to), in order of their start. */
  roster(campusId: string, from: Date, to: Date, teamId: string | null): Promise<DutyShiftRow[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(DutyShiftRow, 'shift')
      .where('shift.campus_id = :campusId', { campusId })
      .andWhere('shift.starts_at < :to AND shift.starts_at > :earliest AND shift.ends_at > :from', {
        from,
        to,
        earliest: new Date(from.getTime() - MAX_SHIFT_MS),
      })
      .orderBy('shift.startsAt', 'ASC')
      .addOrderBy('shift.id', 'ASC');
    if (teamId) query.andWhere('shift.team_id = :teamId', { teamId });
    return query.getMany();
  }

  /** The campus's shifts running at `now`. */
  onDuty(campusId: string, teamId: string | null, now: Date): Promise<DutyShiftRow[]> {
    return this.roster(campusId, now, new Date(now.getTime() + 1), teamId);
  }

  /**
   * Serialises roster changes of one campus for the rest of the transaction, so two dispatchers scheduling
   * the same person at once cannot each pass the overlap check.
   */
  async lockRoster(manager: EntityManager, campusId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('maintenance.duty-roster:' || $1))`, [campusId]);
  }

  /** The first overlap of the given (just written) shifts with any other shift of the same person and kind. */
  async firstOverlap(manager: EntityManager, shiftIds: string[]): Promise<DutyOverlap | null> {
    const rows: DutyOverlap[] = await manager.query(
      `SELECT a.staff_id AS "staffId", a.kind, a.starts_at AS "startsAt", a.ends_at AS "endsAt",
              b.starts_at AS "otherStartsAt", b.ends_at AS "otherEndsAt"
         FROM duty_shift a
         JOIN duty_shift b ON b.staff_id = a.staff_id AND b.kind = a.kind AND b.id <> a.id
                          AND b.starts_at < a.ends_at AND b.starts_at > a.starts_at - make_interval(secs => $2)
                          AND tstzrange(b.starts_at, b.ends_at) && tstzrange(a.starts_at, a.ends_at)
        WHERE a.id = ANY($1::uuid[])
        ORDER BY a.starts_at, b.starts_at
        LIMIT 1`,
      [shiftIds, MAX_SHIFT_MS / 1000],
    );
    return rows[0] ?? null;
  }

  /**
   * In one query: the active staff of the order's team, or with no team yet every active staff member of the
   * campus whose team's trade is the order's category, with their open orders, duties now and licences of
   * the `required` kinds. Open orders are counted on the order's campus: dispatch only assigns a campus's
   * own staff, and the (campus_id, status) index serves it.
   */
  candidates(order: WorkOrderRow, required: LicenceKind[], now: Date): Promise<CandidateFacts[]> {
    return this.dataSource.query(
      `WITH crew AS (
         SELECT t.id FROM org_team_replica t
          WHERE t.id = $2 OR ($2::uuid IS NULL AND t.campus_id = $1 AND t.active AND t.trade = $3)
       ), candidate AS (
         SELECT s.id, s.name, s.team_id
           FROM org_staff_replica s JOIN crew ON crew.id = s.team_id
          WHERE s.campus_id = $1 AND s.active
       ), open_order AS (
         SELECT wo.technician_id, count(*)::int AS n
           FROM work_order wo
          WHERE wo.campus_id = $1 AND wo.status = ANY($4) AND wo.technician_id IN (SELECT id FROM candidate)
          GROUP BY wo.technician_id
       ), duty AS (
         SELECT d.staff_id, array_agg(DISTINCT d.kind) AS kinds
           FROM duty_shift d
          WHERE d.staff_id IN (SELECT id FROM candidate)
            AND d.starts_at <= $5 AND d.starts_at > $5::timestamptz - make_interval(secs => $7) AND d.ends_at > $5
          GROUP BY d.staff_id
       ), licence AS (
         SELECT tc.staff_id, json_agg(json_build_object('kind', tc.kind, 'issuedOn', tc.issued_on, 'validUntil', tc.valid_until)) AS held
           FROM technician_certificate tc
          WHERE tc.staff_id IN (SELECT id FROM candidate) AND tc.kind = ANY($6)
          GROUP BY tc.staff_id
       )
       SELECT c.id AS "staffId", c.name, c.team_id AS "teamId", coalesce(open_order.n, 0) AS "openOrders",
              coalesce(duty.kinds, '{}') AS "dutyKinds", coalesce(licence.held, '[]') AS held
         FROM candidate c
         LEFT JOIN open_order ON open_order.technician_id = c.id
         LEFT JOIN duty ON duty.staff_id = c.id
         LEFT JOIN licence ON licence.staff_id = c.id`,
      [order.campusId, order.teamId, order.category, OPEN_FOR_TECHNICIAN, now, required, MAX_SHIFT_MS / 1000],
    );
  }
}
