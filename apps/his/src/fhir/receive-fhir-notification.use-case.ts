import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { UnitOfWork } from '@houqin/platform-events';
import { HisMessageOutcome } from '../his-message/his-message.entity';
import { notificationResources } from './fhir-bundle';
import { FhirAnswer, FhirReception } from './fhir-reception';
import { FhirIssue, inEntry, note, NOTES } from './operation-outcome';

/**
 * A rest-hook notification (fhir-bundle.ts, notificationResources): each Encounter it carries is received in its own
 * transaction, as if updated on its own — notifications report changes that already happened at the HIS, so one
 * refused does not hold back the others. Answered 200 when all were taken, else with the refused ones' status.
 */
@Injectable()
export class ReceiveFhirNotification {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly reception: FhirReception,
  ) {}

  async execute(identity: Identity, body: unknown, now = new Date()): Promise<FhirAnswer> {
    const { resources, bare } = notificationResources(body);
    const issues: FhirIssue[] = [];
    let status = 200;
    for (const { resource, entry } of resources) {
      const answer = await this.unitOfWork.run((manager) => this.reception.receive(manager, identity, resource, false, now));
      if (answer.outcome === HisMessageOutcome.REJECTED) status = Math.max(status, answer.status);
      issues.push(...answer.issues.map((issue) => (entry === null ? issue : inEntry(issue, entry))));
    }
    for (const fullUrl of bare) issues.push({ ...note(NOTES.NO_CONTENT, 'warning'), diagnostics: fullUrl || undefined });
    if (!resources.length && !bare.length) issues.push(note(NOTES.NO_CONTENT));
    return { status, outcome: status === 200 ? HisMessageOutcome.ACCEPTED : HisMessageOutcome.REJECTED, issues };
  }
}
