import { Injectable } from '@nestjs/common';
import { PmPlanCreatedV1 } from '@houqin/contracts';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, forbidden, optionalUuid, ReferenceMismatch, requireText } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { EntityManager } from 'typeorm';
import { assertNotRetired } from '../asset/asset-facts';
import { AssetRepository } from '../asset/asset.repository';
import { actorOf } from '../crew/crew-facts';
import { requireCategory } from '../work-order/work-order-category';
import { Checklist } from './checklist';
import { PmSchedule, PmTriggerKind, requireLeadDays } from './pm-schedule';
import { PmPlanRow } from './preventive.entity';
import { CreatePmPlanInput } from './preventive.inputs';
import { PreventiveRepository } from './preventive.repository';

/** With ': ' and an item label (at most 48), a corrective order's title stays within its 100 characters. */
const MAX_PLAN_NAME = 50;

/**
 * 新建保养计划: for one asset (the plan's campus is the asset's) or for every asset of a category on a campus.
 * Everything about the trigger and the checklist is checked before the transaction; a meter plan counts from
 * the meter's reading now (0 when it has none), so its first task comes `every` hours or cycles later.
 */
@Injectable()
export class CreatePmPlan {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
    private readonly assets: AssetRepository,
    private readonly repository: PreventiveRepository,
  ) {}

  execute(identity: Identity, input: CreatePmPlanInput): Promise<PmPlanRow> {
    const name = requireText('name', input.name, MAX_PLAN_NAME);
    const workCategory = requireCategory('workCategory', input.workCategory);
    const assetId = optionalUuid('assetId', input.assetId);
    const category = input.category ?? null;
    if ((assetId === null) === (category === null)) throw new DomainError('PM_TARGET_INVALID');
    const schedule = PmSchedule.of(input.trigger, category !== null);
    const checklist = Checklist.of(input.checklist);
    const leadDays = requireLeadDays(input.leadDays);
    const chosenCampusId = optionalUuid('campusId', input.campusId);
    const teamId = optionalUuid('teamId', input.teamId);

    return this.unitOfWork.run(async (manager) => {
      const campusId = assetId
        ? await this.assetCampus(manager, identity, assetId, chosenCampusId)
        : await this.chosenCampus(manager, identity, chosenCampusId);
      if (teamId) await this.directory.requireTeam(manager, teamId, campusId);
      const trigger = schedule.trigger;
      const meterBaseline =
        trigger.kind === PmTriggerKind.METER ? ((await this.repository.latestReading(manager, assetId as string, trigger.meter)) ?? 0) : null;
      const now = new Date();
      const row: PmPlanRow = {
        id: uuidv7(),
        campusId,
        name,
        assetId,
        category,
        teamId,
        workCategory,
        checklist: [...checklist.items],
        trigger,
        leadDays,
        meterBaseline,
        active: true,
        createdBy: identity.subject,
        createdAt: now,
        deactivatedAt: null,
      };
      await manager.insert(PmPlanRow, row);
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'pm_plan.create', entityType: 'PmPlan', entityId: row.id, campusId, before: null, after: row },
          events: [
            changeEvent(
              PmPlanCreatedV1,
              {
                planId: row.id,
                campusId,
                name,
                assetId,
                category,
                teamId,
                workCategory,
                trigger,
                leadDays,
                meterBaseline,
                checklist: row.checklist,
                occurredAt: now.toISOString(),
                actor: actorOf(identity),
              },
              row.id,
            ),
          ],
        },
        now,
      );
      return row;
    });
  }

  /** An asset plan's campus is the asset's; a campus given as well must be that one. */
  private async assetCampus(manager: EntityManager, identity: Identity, assetId: string, chosenCampusId: string | null): Promise<string> {
    const asset = await this.assets.findVisible(identity, assetId, manager);
    assertNotRetired(asset);
    if (chosenCampusId && chosenCampusId !== asset.campusId)
      throw new ReferenceMismatch(`设备“${asset.name}”不属于所选院区`, `The asset "${asset.name}" is not on the chosen campus`);
    return asset.campusId;
  }

  private async chosenCampus(manager: EntityManager, identity: Identity, campusId: string | null): Promise<string> {
    if (!campusId) throw new DomainError('TEXT_REQUIRED', { field: 'campusId' });
    if (!CampusScope.of(identity).allows(campusId)) throw forbidden();
    await this.directory.requireCampus(manager, campusId);
    return campusId;
  }
}
