import { Injectable } from '@nestjs/common';
import { WorkOrderSubmittedV1 } from '@houqin/contracts';
import { recordAudit } from '@houqin/platform-audit';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, forbidden, optionalText, optionalUuid, ReferenceMismatch, requireText } from '@houqin/platform-errors';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { EntityManager } from 'typeorm';
import { WorkOrderRow } from './work-order.entity';
import { WorkOrderAction, WorkOrderStatus } from './work-order-lifecycle';
import { SlaTargets } from './sla-targets';
import { AssetForRepair, requireAssetForRepair } from '../asset/asset-reference';
import { RoutingTable } from './routing-table';
import { routingRulesOf } from './set-routing-rules.use-case';
import { requireCategory } from './work-order-category';
import { isSupervisor, ownerFields, ownerOf } from './work-order-permissions';
import { SubmitRepairRequestInput } from './work-order.inputs';
import { recordTransition, workOrderFacts } from './work-order-transitions';

/**
 * 报修: anyone on the campus reports a fault; the SLA clocks start now. Where the fault is decides the rest:
 * the campus is the location's, and the department charged defaults to the location's (a bed's ward's).
 */
@Injectable()
export class SubmitRepairRequest {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly directory: OrgDirectoryReplica,
    private readonly targets: SlaTargets,
  ) {}

  execute(identity: Identity, input: SubmitRepairRequestInput): Promise<WorkOrderRow> {
    const claimedCampusId = optionalUuid('campusId', input.campusId);
    const chosenLocationId = optionalUuid('locationId', input.locationId);
    const assetId = optionalUuid('assetId', input.assetId);
    if (!chosenLocationId && !assetId) throw new DomainError('TEXT_REQUIRED', { field: 'locationId / assetId' });
    const chosenDepartmentId = optionalUuid('departmentId', input.departmentId);
    const title = requireText('title', input.title, 100);
    const description = optionalText('description', input.description, 2000);
    const category = requireCategory('category', input.category);

    return this.unitOfWork.run(async (manager) => {
      const asset = assetId ? await requireAssetForRepair(manager, identity, assetId) : null;
      const locationId = chosenLocationId ?? (asset as AssetForRepair).locationId;
      const { campusId, departmentId, teamId } = await this.place(
        manager,
        locationId,
        claimedCampusId,
        chosenDepartmentId ?? asset?.departmentId ?? null,
        category,
      );
      if (asset && asset.campusId !== campusId) {
        throw new ReferenceMismatch(`设备“${asset.name}”不在该位置所属院区`, `The asset "${asset.name}" is on another campus than the location`);
      }
      if (!CampusScope.of(identity).allows(campusId)) throw forbidden();
      const now = new Date();
      const [{ seq }] = await manager.query(`SELECT nextval('work_order_number_seq') AS seq`);
      const row = manager.create(WorkOrderRow, {
        id: uuidv7(),
        number: `WO-${now.toISOString().slice(0, 10).replace(/-/g, '')}-${String(seq).padStart(6, '0')}`,
        campusId,
        locationId,
        departmentId,
        requesterStaffId: identity.staffId,
        requesterSubject: identity.subject,
        category,
        priority: input.priority,
        title,
        description,
        status: WorkOrderStatus.SUBMITTED,
        teamId,
        technicianId: null,
        labourMinutes: null,
        completionCount: 0,
        rating: null,
        assetId: asset?.id ?? null,
        pausedSince: null,
        pauseReason: null,
        pausedMinutes: 0,
        // 首问负责制: a dispatcher who takes the call owns the order; otherwise the first to dispatch it does.
        ...(isSupervisor(identity) ? ownerFields(identity) : { ownerSubject: null, ownerName: null, ownerStaffId: null }),
        submittedAt: now,
        ...(await this.targets.policyFor(manager, campusId)).dueTimes(input.priority, now),
      });
      await manager.insert(WorkOrderRow, row);
      await recordTransition(manager, row, identity, WorkOrderAction.SUBMIT, null, null, now);
      await recordAudit(manager, identity, { action: 'work_order.submit', entityType: 'WorkOrder', entityId: row.id, campusId, before: null, after: row });
      await this.outbox.append(
        manager,
        WorkOrderSubmittedV1,
        {
          ...workOrderFacts(row, identity, now),
          category,
          title,
          requesterStaffId: identity.staffId,
          responseDueAt: row.responseDueAt.toISOString(),
          resolutionDueAt: row.resolutionDueAt.toISOString(),
          assetId: row.assetId,
          teamId,
          owner: ownerOf(row),
        },
        { key: row.id },
      );
      return row;
    });
  }

  /** Campus, charged department and routed team, all decided by where the fault is. */
  private async place(manager: EntityManager, locationId: string, claimedCampusId: string | null, chosenDepartmentId: string | null, category: string) {
    const location = await this.directory.requireLocation(manager, locationId);
    const campusId = location.campusId;
    if (claimedCampusId && claimedCampusId !== campusId) {
      throw new ReferenceMismatch(`位置“${location.name}”不属于所选院区`, `The location "${location.name}" is not on the chosen campus`);
    }
    const ancestry = await this.directory.ancestry(manager, location);
    const routing = new RoutingTable(await routingRulesOf(manager, campusId));
    return {
      campusId,
      departmentId: await this.directory.chargedDepartment(manager, ancestry, chosenDepartmentId),
      teamId: routing.teamFor(category, { locationIds: ancestry.map((l) => l.id), buildingId: location.buildingId }),
    };
  }
}
