import { Injectable } from '@nestjs/common';
import { WorkOrderSubmittedV1 } from '@houqin/contracts';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { nextDocumentNumber } from '@houqin/platform-document-number';
import { DomainError, forbidden, optionalText, optionalUuid, ReferenceMismatch, requireText } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { EntityManager } from 'typeorm';
import { RoutingTable } from './routing-table';
import { routingRulesOf } from './set-routing-rules.use-case';
import { SlaTargets } from './sla-targets';
import { WorkOrderPriority } from './sla-policy';
import { requireCategory } from './work-order-category';
import { WorkOrderRow } from './work-order.entity';
import { WorkOrderAction } from './work-order-lifecycle';
import { WorkOrderStatus } from './work-order-status';
import { isSupervisor, ownerFields, ownerOf } from './work-order-permissions';
import { AssetForRepair, IntakeAnswer, IntakeOutcome, RepairAssets, RepairIntake } from './work-order-ports';
import { recordTransition, workOrderFacts } from './work-order-transitions';
import { WorkOrderSource } from './work-order-source';

/** A repair request as checked input: a location or an asset (or both), the rest optional. */
export interface RepairRequest {
  locationId: string | null;
  assetId: string | null;
  campusId: string | null;
  departmentId: string | null;
  /** A team chosen by the channel (a PM plan's own crew); the campus routing table decides otherwise. */
  teamId: string | null;
  category: string;
  priority: WorkOrderPriority;
  title: string;
  description: string | null;
  source: WorkOrderSource;
  /** The record that raised it (a PM task, a round's reading), for the other side's history. */
  sourceRef: string | null;
  /** Answers to the category's intake questions (console and QR portal only). */
  answers?: readonly IntakeAnswer[];
}

/** People describe faults (questions, duplicates); PM checklists and rounds raise them from a reading. */
const PEOPLE_CHANNELS: readonly WorkOrderSource[] = [WorkOrderSource.CONSOLE, WorkOrderSource.QR_PORTAL];

/** Checks raw input into a RepairRequest (no I/O): ids, text lengths, the category. */
export function checkRepairRequest(
  input: {
    locationId?: string | null;
    assetId?: string | null;
    campusId?: string | null;
    departmentId?: string | null;
    teamId?: string | null;
    category: string;
    priority: WorkOrderPriority;
    title: string;
    description?: string | null;
    answers?: readonly IntakeAnswer[] | null;
  },
  source: WorkOrderSource,
  sourceRef: string | null = null,
): RepairRequest {
  const locationId = optionalUuid('locationId', input.locationId);
  const assetId = optionalUuid('assetId', input.assetId);
  if (!locationId && !assetId) throw new DomainError('TEXT_REQUIRED', { field: 'locationId / assetId' });
  return {
    locationId,
    assetId,
    campusId: optionalUuid('campusId', input.campusId),
    departmentId: optionalUuid('departmentId', input.departmentId),
    teamId: optionalUuid('teamId', input.teamId),
    category: requireCategory('category', input.category),
    priority: input.priority,
    title: requireText('title', input.title, 100),
    description: optionalText('description', input.description, 2000),
    source,
    sourceRef,
    answers: input.answers ?? [],
  };
}

/**
 * Opens a work order inside the caller's transaction — the one path for every channel (console, QR portal,
 * a failed PM checklist item, an out-of-range round reading). Where the fault is decides the rest: the campus
 * is the location's, the department charged defaults to the location's, the team comes from the campus's
 * routing table; the SLA clocks start now. From people (console, QR portal) the intake answers are checked and
 * kept, and a requester reporting a fault whose order is still open gets that order back with their report
 * linked to it (重复报修) instead of a second order; dispatchers and admins may open a second one on purpose.
 */
@Injectable()
export class WorkOrderIntake {
  constructor(
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
    private readonly targets: SlaTargets,
    private readonly assets: RepairAssets,
    private readonly intake: RepairIntake,
  ) {}

  async open(manager: EntityManager, identity: Identity, request: RepairRequest): Promise<WorkOrderRow> {
    const asset = request.assetId ? await this.assets.requireForRepair(manager, identity, request.assetId) : null;
    const locationId = request.locationId ?? (asset as AssetForRepair).locationId;
    const { campusId, departmentId, teamId } = await this.place(manager, locationId, request, asset?.departmentId ?? null);
    if (asset && asset.campusId !== campusId) {
      throw new ReferenceMismatch(`设备“${asset.name}”不在该位置所属院区`, `The asset "${asset.name}" is on another campus than the location`);
    }
    if (!CampusScope.of(identity).allows(campusId)) throw forbidden();
    let intake: IntakeOutcome | null = null;
    if (PEOPLE_CHANNELS.includes(request.source)) {
      intake = await this.intake.checkAnswers(manager, campusId, request.category, request.answers ?? []);
      const fault = { ...request, locationId, assetId: asset?.id ?? null };
      const open = isSupervisor(identity) ? null : await this.intake.openOrderFor(manager, fault);
      if (open) {
        await this.intake.reportDuplicate(manager, identity, open, fault);
        return open;
      }
    }
    const now = new Date();
    const row = manager.create(WorkOrderRow, {
      id: uuidv7(),
      number: await nextDocumentNumber(manager, 'WO', now),
      campusId,
      locationId,
      departmentId,
      requesterStaffId: identity.staffId,
      requesterSubject: identity.subject,
      category: request.category,
      priority: request.priority,
      title: request.title,
      description: request.description,
      source: request.source,
      sourceRef: request.sourceRef,
      status: WorkOrderStatus.SUBMITTED,
      teamId,
      technicianId: null,
      labourMinutes: null,
      completionCount: 0,
      rating: null,
      feedback: null,
      assetId: asset?.id ?? null,
      pausedSince: null,
      pauseReason: null,
      pausedMinutes: 0,
      // 首问负责制: a dispatcher who takes the call owns the order; otherwise the first to dispatch it does.
      ...(isSupervisor(identity) ? ownerFields(identity) : { ownerSubject: null, ownerName: null, ownerStaffId: null }),
      submittedAt: now,
      ...(await this.targets.policyFor(manager, campusId)).dueTimes(request.priority, now),
    });
    await manager.insert(WorkOrderRow, row);
    await recordTransition(manager, row, identity, WorkOrderAction.SUBMIT, null, null, now);
    await this.changes.record(manager, identity, {
      audit: { action: 'work_order.submit', entityType: 'WorkOrder', entityId: row.id, campusId, before: null, after: row },
      events: [
        changeEvent(
          WorkOrderSubmittedV1,
          {
            ...workOrderFacts(row, identity, now),
            category: row.category,
            title: row.title,
            requesterStaffId: identity.staffId,
            responseDueAt: row.responseDueAt.toISOString(),
            resolutionDueAt: row.resolutionDueAt.toISOString(),
            assetId: row.assetId,
            teamId,
            owner: ownerOf(row),
            source: row.source,
          },
          row.id,
        ),
      ],
    });
    if (intake) await this.intake.recordAnswers(manager, identity, row, intake);
    return row;
  }

  /** Campus, charged department and routed team, all decided by where the fault is. */
  private async place(manager: EntityManager, locationId: string, request: RepairRequest, assetDepartmentId: string | null) {
    const location = await this.directory.requireLocation(manager, locationId);
    const campusId = location.campusId;
    if (request.campusId && request.campusId !== campusId) {
      throw new ReferenceMismatch(`位置“${location.name}”不属于所选院区`, `The location "${location.name}" is not on the chosen campus`);
    }
    const ancestry = await this.directory.ancestry(manager, location);
    const departmentId = await this.directory.chargedDepartment(manager, ancestry, request.departmentId ?? assetDepartmentId);
    if (request.teamId) return { campusId, departmentId, teamId: (await this.directory.requireTeam(manager, request.teamId, campusId)).id };
    const routing = new RoutingTable(await routingRulesOf(manager, campusId));
    return { campusId, departmentId, teamId: routing.teamFor(request.category, { locationIds: ancestry.map((l) => l.id), buildingId: location.buildingId }) };
  }
}
