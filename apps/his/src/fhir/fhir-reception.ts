import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { EntityManager } from 'typeorm';
import { EncounterFeed } from '../encounter/encounter-feed';
import { HisMessageOutcome, HisMessageProtocol, HisMessageRow } from '../his-message/his-message.entity';
import { fhirColumns, fhirDigest, FhirIntake } from './fhir-intake';
import { FhirIssue, note, NOTES } from './operation-outcome';

/** The answer to one Encounter: HTTP status, issues, and what became of it. */
export interface FhirAnswer {
  status: number;
  outcome: HisMessageOutcome;
  issues: FhirIssue[];
}

/**
 * Receives one Encounter within the caller's transaction: logged in his_message (protocol FHIR_R4), applied to its
 * encounter when accepted (encounter-feed.ts, as HL7 events are). A repeat, the same resource (version and content) from
 * the same caller, is answered as the first time and applied once; a repeat of a refused one is judged again, as a
 * retry would be, so a HIS that resends after group IT fixed the directory is not refused for having been refused.
 */
@Injectable()
export class FhirReception {
  constructor(
    private readonly intake: FhirIntake,
    private readonly encounters: EncounterFeed,
  ) {}

  async receive(manager: EntityManager, identity: Identity, resource: unknown, created: boolean, now: Date): Promise<FhirAnswer> {
    const sender = { sendingApplication: identity.subject, controlId: fhirDigest(resource) };
    const key = { protocol: HisMessageProtocol.FHIR_R4, sendingApplication: sender.sendingApplication, sendingFacility: '', controlId: sender.controlId };
    const first = await manager.findOne(HisMessageRow, { where: key, lock: { mode: 'pessimistic_write' } });
    if (first && first.outcome !== HisMessageOutcome.REJECTED) return repeated(first);
    const judgement = await this.intake.judge(manager, resource, sender, now, created);
    const columns = fhirColumns(judgement, resource);
    const id = first?.id ?? uuidv7(now.getTime());
    if (first) await manager.update(HisMessageRow, id, columns);
    else {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(HisMessageRow)
        .values({ id, ...key, receivedAt: now, charset: '', ...columns })
        .orIgnore()
        .returning('id')
        .execute();
      // Sent twice at once: the other request's row won.
      if ((inserted.raw as unknown[]).length === 0) return repeated(await manager.findOneByOrFail(HisMessageRow, key));
    }
    if (judgement.outcome === HisMessageOutcome.ACCEPTED) await this.encounters.apply(manager, id, judgement, now);
    return { status: judgement.status, outcome: judgement.outcome, issues: judgement.issues };
  }
}

function repeated(first: HisMessageRow): FhirAnswer {
  const said: FhirIssue =
    first.outcome === HisMessageOutcome.REJECTED
      ? {
          severity: 'error',
          code: 'processing',
          message: { 'zh-CN': first.errorText ?? '', en: first.errorText ?? '' },
          expression: first.errorLocation ? [first.errorLocation] : undefined,
        }
      : note(first.outcome === HisMessageOutcome.ACCEPTED ? NOTES.ACCEPTED : NOTES.IGNORED);
  return { status: Number(first.ackCode), outcome: first.outcome, issues: [said, note(NOTES.REPEAT)] };
}
