import { Injectable } from '@nestjs/common';
import { InspectionSheetSetV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireCampusInScope, uuidv7 } from '@houqin/platform-database';
import { DomainError, requireText } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { ZoneKind } from '../zone/zone-kind';
import { InspectionSheetRow } from './inspection.entity';
import { SetInspectionSheetInput } from './inspection.inputs';
import { ScoreSheet, SheetItem } from './score-sheet';

export const SHEET_NAME_MAX = 60;

/** Sets (or replaces) a campus's score sheet for a kind of zone; past inspections keep the items they were scored on. */
@Injectable()
export class SetInspectionSheet {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  static validate(identity: Identity, input: SetInspectionSheetInput): { campusId: string; zoneKind: ZoneKind; name: string; sheet: ScoreSheet } {
    const campusId = requireCampusInScope(identity, input.campusId);
    if (!Object.values<string>(ZoneKind).includes(input.zoneKind)) throw new DomainError('INVALID_INPUT', { detail: `zoneKind ${input.zoneKind}` });
    const items: SheetItem[] = input.items.map((item) => ({
      key: item.key.trim(),
      label: item.label.trim(),
      kind: item.kind,
      weight: item.weight,
      maxRlu: item.maxRlu ?? null,
      minClearancePercent: item.minClearancePercent ?? null,
    }));
    return {
      campusId,
      zoneKind: input.zoneKind as ZoneKind,
      name: requireText('name', input.name, SHEET_NAME_MAX),
      sheet: ScoreSheet.of(items, input.passScore),
    };
  }

  execute(identity: Identity, input: SetInspectionSheetInput): Promise<InspectionSheetRow> {
    const { campusId, zoneKind, name, sheet } = SetInspectionSheet.validate(identity, input);
    return this.unitOfWork.run(async (manager) => {
      await this.directory.requireCampus(manager, campusId);
      const before = await manager.findOne(InspectionSheetRow, { where: { campusId, zoneKind }, lock: { mode: 'pessimistic_write' } });
      const now = new Date();
      const row: InspectionSheetRow = {
        id: before?.id ?? uuidv7(),
        campusId,
        zoneKind,
        name,
        passScore: sheet.passScore,
        items: [...sheet.items],
        updatedAt: now,
        updatedBy: identity.subject,
      };
      await manager.save(InspectionSheetRow, row);
      const actor = { subject: identity.subject, staffId: identity.staffId, name: identity.name };
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'inspection_sheet.set', entityType: 'InspectionSheet', entityId: row.id, campusId, before: before ?? null, after: row },
          events: [
            changeEvent(
              InspectionSheetSetV1,
              { sheetId: row.id, campusId, zoneKind, name, items: row.items.length, occurredAt: now.toISOString(), actor },
              row.id,
            ),
          ],
        },
        now,
      );
      return row;
    });
  }
}
