import { Inject, Injectable } from '@nestjs/common';
import type { Encounter } from '@medplum/fhirtypes';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { EncounterRow } from '../encounter/encounter.entity';
import { HisMessageOutcome, HisMessageRow } from '../his-message/his-message.entity';
import { AdtIntake, AdtPlacement } from '../his-place/adt-intake';
import { HIS_SETTINGS, HisSettings } from '../his-settings';
import { fhirAdt, FhirEncounterRejection, fhirTrigger, readFhirEncounter } from './fhir-encounter';
import { isError, validateR4 } from './fhir-r4';
import { bilingual, FhirIssue, note, NOTES, validationIssues } from './operation-outcome';

/** The feed's verdict on one Encounter: what is applied, and the answer (HTTP status and issues). */
export interface FhirJudgement extends AdtPlacement {
  outcome: HisMessageOutcome;
  status: 200 | 201 | 400 | 422;
  issues: FhirIssue[];
  /** A refusal's HL7 table 0357 equivalent, so the review queue reads alike for both protocols (his-message.model.ts). */
  errorCode: 101 | 102 | 103 | null;
}

/** Who sent the resource, and its repeat guard: the digest of the resource as sent. */
export interface FhirSender {
  sendingApplication: string;
  controlId: string;
}

/** JSON with its keys sorted at every level: the same resource, however serialised, has one digest. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** The repeat guard of a resource: the same version and content (meta included) is the same submission. */
export const fhirDigest = (resource: unknown): string => `sha256:${createHash('sha256').update(canonical(resource)).digest('hex')}`;

const refused = (status: 400 | 422, errorCode: 101 | 102 | 103, issues: FhirIssue[]): FhirJudgement => ({
  adt: null,
  place: null,
  priorPlace: null,
  departmentId: null,
  outcome: HisMessageOutcome.REJECTED,
  status,
  issues,
  errorCode,
});

/**
 * The FHIR side of the feed's intake: an Encounter validated against R4 (fhir-r4.ts), read for what logistics needs
 * (fhir-encounter.ts), its ward/room/bed codes mapped onto org's locations as the HL7 path's are (AdtIntake.locate),
 * and turned into the ADT event its state amounts to. Used when a resource arrives and when group IT retries one.
 */
@Injectable()
export class FhirIntake {
  constructor(
    @Inject(HIS_SETTINGS) private readonly settings: HisSettings,
    private readonly intake: AdtIntake,
  ) {}

  async judge(manager: EntityManager, resource: unknown, sender: FhirSender, receivedAt: Date, created: boolean): Promise<FhirJudgement> {
    const problems = validateR4(resource).filter(isError);
    if (problems.length) return refused(400, 102, validationIssues(problems));
    const encounter = resource as Encounter;
    if (encounter.resourceType !== 'Encounter')
      return refused(400, 102, [
        {
          severity: 'error',
          code: 'not-supported',
          message: { code: 'FHIR_NOT_SUPPORTED', params: { detail: encounter.resourceType } },
          expression: ['resourceType'],
        },
      ]);
    try {
      const visit = readFhirEncounter(encounter, this.settings.fhirVisitSystem);
      const ok = created ? 201 : 200;
      if (!visit)
        return {
          adt: null,
          place: null,
          priorPlace: null,
          departmentId: null,
          outcome: HisMessageOutcome.IGNORED,
          status: ok,
          issues: [note(NOTES.IGNORED)],
          errorCode: null,
        };
      const draft = fhirAdt(visit, 'A08', sender, receivedAt);
      const located = await this.intake.locate(manager, draft);
      if ('reason' in located) {
        const code = located.reason === 'UNKNOWN' ? 'HL7_PLACE_UNKNOWN' : 'HL7_PLACE_AMBIGUOUS';
        return refused(422, 103, [
          { severity: 'error', code: 'not-found', message: { code, params: { code: located.code, field: located.field } }, expression: [located.field] },
        ]);
      }
      const known = await manager.findOne(EncounterRow, { where: { visitNumber: visit.visitNumber }, select: { status: true, locationId: true } });
      const adt = fhirAdt(visit, fhirTrigger(visit.status, known, located.place?.location.id ?? null), sender, receivedAt);
      return { ...located, adt, outcome: HisMessageOutcome.ACCEPTED, status: ok, issues: [note(NOTES.ACCEPTED)], errorCode: null };
    } catch (error) {
      if (!(error instanceof FhirEncounterRejection)) throw error;
      const issue: FhirIssue = {
        severity: 'error',
        code: error.hl7Code === 101 ? 'required' : 'value',
        message: { code: 'FHIR_ELEMENT_INVALID', params: { element: error.expression, detail: error.message } },
        expression: [error.expression],
      };
      return refused(422, error.hl7Code, [issue]);
    }
  }
}

/** The columns a verdict decides, on arrival and on a retry (as verdictColumns for HL7). */
export function fhirColumns(
  judgement: FhirJudgement,
  resource: unknown,
): Pick<HisMessageRow, 'messageType' | 'outcome' | 'ackCode' | 'errorCode' | 'errorLocation' | 'errorText' | 'raw' | 'occurredAt' | 'campusId' | 'locationId'> {
  const location = judgement.place?.location ?? null;
  const refusal = judgement.outcome === HisMessageOutcome.REJECTED ? judgement.issues[0] : null;
  return {
    messageType: judgement.adt ? `Encounter^${judgement.adt.trigger}` : 'Encounter',
    outcome: judgement.outcome,
    ackCode: String(judgement.status),
    errorCode: judgement.errorCode,
    errorLocation: refusal?.expression?.[0] ?? null,
    errorText: refusal ? bilingual(refusal) : null,
    // The resource holds the patient's particulars: kept only while it waits for review.
    raw: refusal ? Buffer.from(JSON.stringify(resource)) : null,
    occurredAt: judgement.adt?.occurredAt ?? null,
    campusId: location?.campusId ?? null,
    locationId: location?.id ?? null,
  };
}
