import { Injectable } from '@nestjs/common';
import { PestControlVisitRecordedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireCampusInScope, uuidv7 } from '@houqin/platform-database';
import { DomainError, optionalText, requireText, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { requireLoggedDate } from '../common/logbook-date';
import { ContractorKind } from '../contractor/contractor-kind';
import { requireContractor } from '../contractor/contractor-reference';
import { PestControlVisitRow, PestFindingRow } from './pest-control-visit.entity';
import { RecordPestControlVisitInput } from './pest-control-visit.inputs';
import { checkFindings } from './pest-findings';

export const TEXT_MAX = 500;

type ValidVisit = Pick<PestControlVisitRow, 'campusId' | 'contractorId' | 'visitedOn' | 'method' | 'agent' | 'locationIds' | 'note'> & {
  findings: Omit<PestFindingRow, 'id' | 'visitId' | 'campusId'>[];
};

/** A contractor's visit with its findings, in one transaction: row, findings, audit entry and event. */
@Injectable()
export class RecordPestControlVisit {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  static validate(identity: Identity, input: RecordPestControlVisitInput, now: Date): ValidVisit {
    const locationIds = [...new Set(input.locationIds.map((id) => requireUuid('locationIds', id)))];
    if (!locationIds.length) throw new DomainError('TEXT_REQUIRED', { field: 'locationIds' });
    const findings = input.findings.map((f) => ({
      locationId: requireUuid('findings.locationId', f.locationId),
      pest: f.pest,
      sighted: f.sighted,
      density: f.density ?? null,
      note: optionalText('findings.note', f.note, TEXT_MAX),
    }));
    return {
      campusId: requireCampusInScope(identity, input.campusId),
      contractorId: requireUuid('contractorId', input.contractorId),
      visitedOn: requireLoggedDate('visitedOn', input.visitedOn, now),
      method: requireText('method', input.method, TEXT_MAX),
      agent: optionalText('agent', input.agent, TEXT_MAX),
      locationIds,
      note: optionalText('note', input.note, TEXT_MAX),
      findings,
    };
  }

  execute(identity: Identity, input: RecordPestControlVisitInput): Promise<{ visit: PestControlVisitRow; findings: PestFindingRow[] }> {
    const { findings: entries, ...valid } = RecordPestControlVisit.validate(identity, input, new Date());
    return this.unitOfWork.run(async (manager) => {
      const contractor = await requireContractor(manager, valid.contractorId, valid.campusId, [ContractorKind.PEST_CONTROL, ContractorKind.TERMITE_CONTROL]);
      // The findings' places too, so one outside the visit's areas is named in the refusal.
      const named = [...new Set([...valid.locationIds, ...entries.map((f) => f.locationId)])];
      const names = new Map<string, string>();
      // One at a time: queries must not overlap on the transaction's connection.
      for (const id of named) names.set(id, (await this.directory.requireLocation(manager, id, valid.campusId)).name);
      checkFindings(entries, new Set(valid.locationIds), (id) => names.get(id) ?? id);
      const now = new Date();
      const visit: PestControlVisitRow = { id: uuidv7(), ...valid, service: contractor.kind, createdAt: now, createdBy: identity.subject };
      const findings: PestFindingRow[] = entries.map((f) => ({ id: uuidv7(), visitId: visit.id, campusId: visit.campusId, ...f }));
      await manager.insert(PestControlVisitRow, visit);
      if (findings.length) await manager.insert(PestFindingRow, findings);
      const actor = { subject: identity.subject, staffId: identity.staffId, name: identity.name };
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: 'pest_control_visit.record',
            entityType: 'PestControlVisit',
            entityId: visit.id,
            campusId: visit.campusId,
            before: null,
            after: { ...visit, findings },
          },
          events: [
            changeEvent(
              PestControlVisitRecordedV1,
              {
                pestControlVisitId: visit.id,
                campusId: visit.campusId,
                contractorId: visit.contractorId,
                service: contractor.kind as ContractorKind.PEST_CONTROL | ContractorKind.TERMITE_CONTROL,
                visitedOn: visit.visitedOn,
                locationIds: visit.locationIds,
                findings: findings.map((f) => ({ findingId: f.id, locationId: f.locationId, pest: f.pest, sighted: f.sighted, density: f.density })),
                occurredAt: now.toISOString(),
                actor,
              },
              visit.id,
            ),
          ],
        },
        now,
      );
      return { visit, findings };
    });
  }
}
