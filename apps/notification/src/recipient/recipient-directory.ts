import { Injectable } from '@nestjs/common';
import { GROUP_WIDE_ROLES, Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DataSource, EntityManager } from 'typeorm';
import { Audience, EventFields } from '../alert/alert-rule';
import { Person, personKey, staffKey } from './person';
import { mustRecord, Sighting } from './recipient-sighting';

/**
 * Who alerts reach. Roles and campuses come from the IdP, not from org: the directory learns them from each person's
 * own calls (`remember`), so "the campus admins of East" are those who are, as of their last sign-in. Team leads and
 * named staff come from the org replica and need no sign-in.
 */
@Injectable()
export class RecipientDirectory {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records the caller as their token describes them now (their preferences stay); a call that changes nothing the
   * directory holds, within the refresh time of the last sighting, writes nothing.
   */
  async remember(identity: Identity, manager: EntityManager = this.dataSource.manager, now = new Date()): Promise<string> {
    const key = personKey(identity);
    const [known]: Sighting[] = await manager.query(
      `SELECT subject, name, roles, campus_ids::text[] AS "campusIds", last_seen_at AS "lastSeenAt" FROM recipient WHERE key = $1`,
      [key],
    );
    if (!mustRecord(known, identity, now)) return key;
    await manager.query(
      `INSERT INTO recipient (key, id, subject, staff_id, name, roles, campus_ids, language, last_seen_at)
       VALUES ($1, $7, $2, $3, $4, $5, $6, 'zh-CN', $8)
       ON CONFLICT (key) DO UPDATE SET subject = EXCLUDED.subject, name = EXCLUDED.name, roles = EXCLUDED.roles,
         campus_ids = EXCLUDED.campus_ids, last_seen_at = EXCLUDED.last_seen_at`,
      [key, identity.subject, identity.staffId, identity.name, identity.roles, identity.campusIds, uuidv7(), now],
    );
    return key;
  }

  /** The people one audience names for an event on a campus; nobody (not an error) when none is known. */
  async resolve(manager: EntityManager, audience: Audience, campusId: string, data: EventFields): Promise<Person[]> {
    if ('role' in audience) {
      return manager.query(`SELECT key, name FROM recipient WHERE $1 = ANY(roles) AND ($2 = ANY(campus_ids) OR roles && $3::text[]) ORDER BY key`, [
        audience.role,
        campusId,
        GROUP_WIDE_ROLES,
      ]);
    }
    const staffIds = 'teamLeadOf' in audience ? await this.teamLeads(manager, data[audience.teamLeadOf]) : audience.staff.map((field) => data[field]);
    const ids = staffIds.filter((id): id is string => typeof id === 'string');
    if (!ids.length) return [];
    const rows: { id: string; name: string }[] = await manager.query(
      `SELECT id, name FROM org_staff_replica WHERE id = ANY($1::uuid[]) AND active ORDER BY id`,
      [ids],
    );
    return rows.map((row) => ({ key: staffKey(row.id), name: row.name }));
  }

  private async teamLeads(manager: EntityManager, teamId: unknown): Promise<unknown[]> {
    if (typeof teamId !== 'string') return [];
    const rows: { leadId: string | null }[] = await manager.query(`SELECT lead_id AS "leadId" FROM org_team_replica WHERE id = $1 AND active`, [teamId]);
    return rows.map((row) => row.leadId);
  }
}
