import { Injectable } from '@nestjs/common';
import { RoutingRulesChangedV1 } from '@houqin/contracts';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { forbidden, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { EntityManager } from 'typeorm';
import { RoutingRuleRow } from './work-order.entity';
import { SetRoutingRulesInput } from './work-order.inputs';
import { RoutingRule, RoutingTable } from './routing-table';
import { requireCategory } from './work-order-category';

/** The routing table of a campus, as stored (rules in the order they were given). */
export async function routingRulesOf(manager: EntityManager, campusId: string): Promise<RoutingRule[]> {
  const rows = await manager.find(RoutingRuleRow, { where: { campusId }, order: { id: 'ASC' } });
  return rows.map(({ category, buildingId, locationId, teamId }) => ({ category, buildingId, locationId, teamId }));
}

/**
 * 派工规则: a campus replaces its routing table as a whole (what the admin edits is the table). Every team,
 * building and location must be of that campus; repair requests submitted from now on are routed by it.
 */
@Injectable()
export class SetRoutingRules {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  execute(identity: Identity, input: SetRoutingRulesInput): Promise<RoutingRule[]> {
    const campusId = requireUuid('campusId', input.campusId);
    if (!CampusScope.of(identity).allows(campusId)) throw forbidden();
    const rules: RoutingRule[] = input.rules.map((rule, i) => ({
      category: requireCategory(`rules[${i}].category`, rule.category),
      buildingId: optionalUuid(`rules[${i}].buildingId`, rule.buildingId),
      locationId: optionalUuid(`rules[${i}].locationId`, rule.locationId),
      teamId: requireUuid(`rules[${i}].teamId`, rule.teamId),
    }));
    RoutingTable.check(rules);

    return this.unitOfWork.run(async (manager) => {
      await this.directory.requireCampus(manager, campusId);
      for (const rule of rules) {
        await this.directory.requireTeam(manager, rule.teamId, campusId);
        if (rule.locationId) await this.directory.requireLocation(manager, rule.locationId, campusId);
        if (rule.buildingId) await this.directory.requireBuilding(manager, rule.buildingId, campusId);
      }
      // Two admins replacing the same table: the second waits and replaces the first's.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('maintenance.routing-rule:' || $1))`, [campusId]);
      const before = await routingRulesOf(manager, campusId);
      const at = new Date();
      await manager.delete(RoutingRuleRow, { campusId });
      if (rules.length) {
        await manager.insert(
          RoutingRuleRow,
          rules.map((rule) => ({ id: uuidv7(), campusId, ...rule, updatedAt: at, updatedBy: identity.subject })),
        );
      }
      await this.changes.record(manager, identity, {
        audit: { action: 'routing_rule.replace', entityType: 'RoutingTable', entityId: campusId, campusId, before, after: rules },
        events: [
          changeEvent(
            RoutingRulesChangedV1,
            { campusId, rules, occurredAt: at.toISOString(), actor: { subject: identity.subject, staffId: identity.staffId, name: identity.name } },
            campusId,
          ),
        ],
      });
      return rules;
    });
  }
}
