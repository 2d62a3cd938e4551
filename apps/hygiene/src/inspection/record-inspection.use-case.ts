import { Injectable } from '@nestjs/common';
import { InspectionItemFailedV1, InspectionRecordedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, inactive, optionalText, optionalUuid, requireText, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { followUpsOf, RemedyRequest } from './failed-items';
import { InspectionItemResultRow, InspectionRow, InspectionSheetRow } from './inspection.entity';
import { RecordInspectionInput } from './inspection.inputs';
import { InspectionRepository } from './inspection.repository';
import { InspectionRemedy } from './inspection-remedy';
import { ItemReading, ScoreSheet } from './score-sheet';

export const PHOTOS_MAX = 10;
export const PHOTO_KEY_MAX = 300;
export const NOTE_MAX = 500;
/** A paper sheet may be entered later, but not once its month's figures have been read out. */
export const BACKDATE_DAYS_MAX = 31;
/** Clocks of handheld devices drift: a few minutes ahead is still now. */
const CLOCK_SKEW_MS = 5 * 60_000;
const CATEGORY = /^[A-Z][A-Z_]{1,31}$/;

export interface CheckedReading extends ItemReading, RemedyRequest {
  note: string | null;
  photoKeys: string[];
}

export interface CheckedInspection {
  zoneId: string;
  inspectedAt: Date;
  note: string | null;
  photoKeys: string[];
  readings: CheckedReading[];
}

function photoKeysOf(field: string, keys: readonly string[] | null | undefined): string[] {
  const list = keys ?? [];
  if (list.length > PHOTOS_MAX) throw new DomainError('INVALID_INPUT', { detail: `${field}: at most ${PHOTOS_MAX} photos` });
  return list.map((key) => requireText(field, key, PHOTO_KEY_MAX));
}

/**
 * 卫生检查: a supervisor, infection control or the campus admin scores a zone against its kind's sheet. The
 * inspection, its items, the audit entry and the events (one for the inspection, one per failed item, which
 * opens a corrective cleaning task or a maintenance work order) are written in one transaction.
 */
@Injectable()
export class RecordInspection {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly repository: InspectionRepository,
  ) {}

  static validate(input: RecordInspectionInput, now: Date): CheckedInspection {
    const inspectedAt = input.inspectedAt ?? now;
    if (Number.isNaN(inspectedAt.getTime())) throw new DomainError('INVALID_INPUT', { detail: 'inspectedAt' });
    if (inspectedAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
      throw new DomainError('DATE_IN_FUTURE', { field: 'inspectedAt', value: inspectedAt.toISOString() });
    if (now.getTime() - inspectedAt.getTime() > BACKDATE_DAYS_MAX * 86_400_000) throw new DomainError('INSPECTION_TOO_OLD', { days: BACKDATE_DAYS_MAX });
    return {
      zoneId: requireUuid('zoneId', input.zoneId),
      inspectedAt,
      note: optionalText('note', input.note, NOTE_MAX),
      photoKeys: photoKeysOf('photoKeys', input.photoKeys),
      readings: input.items.map((item) => {
        const repairCategory = optionalText('repairCategory', item.repairCategory, 32)?.toUpperCase() ?? null;
        if (repairCategory && !CATEGORY.test(repairCategory))
          throw new DomainError('INVALID_INPUT', { detail: 'repairCategory: letters and _ only, e.g. PLUMBING' });
        return {
          key: requireText('itemKey', item.itemKey, 40),
          ok: item.ok,
          rlu: item.rlu,
          marked: item.marked,
          removed: item.removed,
          locationId: optionalUuid('locationId', item.locationId),
          remedy: item.remedy ?? null,
          repairCategory,
          note: optionalText('note', item.note, NOTE_MAX),
          photoKeys: photoKeysOf('photoKeys', item.photoKeys),
        };
      }),
    };
  }

  execute(identity: Identity, input: RecordInspectionInput): Promise<InspectionRow> {
    const checked = RecordInspection.validate(input, new Date());
    return this.unitOfWork.run(async (manager) => {
      const zone = await this.repository.requireZone(manager, identity, checked.zoneId);
      if (!zone.active) throw inactive('Zone', zone.name);
      const sheetRow = await manager.findOneBy(InspectionSheetRow, { campusId: zone.campusId, zoneKind: zone.kind });
      if (!sheetRow) throw new DomainError('INSPECTION_SHEET_MISSING', { zoneKind: zone.kind });
      const result = ScoreSheet.of(sheetRow.items, sheetRow.passScore).judge(checked.readings);
      const byKey = new Map(checked.readings.map((reading) => [reading.key, reading]));
      const followUps = followUpsOf(result.outcomes, byKey, zone);

      const now = new Date();
      const inspection: InspectionRow = {
        id: uuidv7(),
        campusId: zone.campusId,
        zoneId: zone.id,
        sheetId: sheetRow.id,
        contractorId: await this.repository.cleaningContractorOf(manager, zone),
        score: result.score,
        passed: result.passed,
        failedItems: followUps.filter(Boolean).length,
        note: checked.note,
        photoKeys: checked.photoKeys,
        inspectedAt: checked.inspectedAt,
        inspectorSubject: identity.subject,
        inspectorName: identity.name,
        createdAt: now,
      };
      const items: InspectionItemResultRow[] = result.outcomes.map((outcome, position) => {
        const reading = byKey.get(outcome.item.key) as CheckedReading;
        const followUp = followUps[position];
        return {
          id: uuidv7(),
          inspectionId: inspection.id,
          position,
          itemKey: outcome.item.key,
          label: outcome.item.label,
          kind: outcome.item.kind,
          weight: outcome.item.weight,
          passed: outcome.passed,
          finding: outcome.finding,
          rlu: outcome.rlu,
          marked: outcome.marked,
          removed: outcome.removed,
          locationId: followUp?.locationId ?? null,
          remedy: followUp?.remedy ?? null,
          repairCategory: followUp?.repairCategory ?? null,
          note: reading.note,
          photoKeys: reading.photoKeys,
        };
      });
      await manager.insert(InspectionRow, inspection);
      await manager.insert(InspectionItemResultRow, items);

      const actor = { subject: identity.subject, staffId: identity.staffId, name: identity.name };
      const inspectedAt = inspection.inspectedAt.toISOString();
      const failures = items
        .filter((item) => !item.passed)
        .map((item) =>
          changeEvent(
            InspectionItemFailedV1,
            {
              failedItemId: item.id,
              inspectionId: inspection.id,
              campusId: zone.campusId,
              zoneId: zone.id,
              zoneName: zone.name,
              riskLevel: zone.riskLevel as 'HIGH' | 'MEDIUM' | 'LOW',
              locationId: item.locationId as string,
              itemKey: item.itemKey,
              itemLabel: item.label,
              kind: item.kind as 'CHECK' | 'ATP' | 'FLUORESCENT',
              finding: item.finding,
              remedy: item.remedy as InspectionRemedy,
              repairCategory: item.repairCategory,
              note: item.note,
              inspectedAt,
              actor,
            },
            inspection.id,
          ),
        );
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: 'inspection.record',
            entityType: 'Inspection',
            entityId: inspection.id,
            campusId: zone.campusId,
            before: null,
            after: { ...inspection, items },
          },
          events: [
            changeEvent(
              InspectionRecordedV1,
              {
                inspectionId: inspection.id,
                campusId: zone.campusId,
                zoneId: zone.id,
                contractorId: inspection.contractorId,
                score: inspection.score,
                passed: inspection.passed,
                failedItems: inspection.failedItems,
                inspectedAt,
                actor,
              },
              inspection.id,
            ),
            ...failures,
          ],
        },
        now,
      );
      return inspection;
    });
  }
}
