import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { UnitOfWork } from '@houqin/platform-events';
import { HisMessageOutcome } from '../his-message/his-message.entity';
import { transactionSubmissions } from './fhir-bundle';
import { FhirAnswer, FhirReception } from './fhir-reception';
import { FhirRefusal, inEntry } from './operation-outcome';

/** Thrown inside the transaction to roll back every entry when one is refused. */
class EntryRefused extends Error {
  constructor(readonly answers: FhirAnswer[]) {
    super('a transaction entry was refused');
  }
}

/**
 * A transaction Bundle of Encounters, all or nothing: every entry is received in one database transaction, and one
 * refused entry rolls back them all (no event is published: the outbox rows go with it). The refused entries are then
 * logged on their own, so group IT sees them in the review queue; resending the Bundle after the fix applies it whole
 * (an entry retried alone in between is a repeat by then, and is not applied twice).
 */
@Injectable()
export class ReceiveFhirTransaction {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly reception: FhirReception,
  ) {}

  async execute(identity: Identity, bundle: unknown, now = new Date()): Promise<FhirAnswer[]> {
    const submissions = transactionSubmissions(bundle);
    try {
      return await this.unitOfWork.run(async (manager) => {
        const answers: FhirAnswer[] = [];
        for (const { resource, created } of submissions) answers.push(await this.reception.receive(manager, identity, resource, created, now));
        if (answers.some((a) => a.outcome === HisMessageOutcome.REJECTED)) throw new EntryRefused(answers);
        return answers;
      });
    } catch (error) {
      if (!(error instanceof EntryRefused)) throw error;
      const refused = submissions
        .map((submission, index) => ({ submission, index, answer: error.answers[index] }))
        .filter((e) => e.answer.outcome === HisMessageOutcome.REJECTED);
      // Refused for what they are (R4, visit number, place codes), not for the other entries: refused again on their own.
      await this.unitOfWork.run(async (manager) => {
        for (const { submission } of refused) await this.reception.receive(manager, identity, submission.resource, submission.created, now);
      });
      const status = refused.some((e) => e.answer.status === 400) ? 400 : 422;
      throw new FhirRefusal(
        status,
        refused.flatMap((e) => e.answer.issues.map((issue) => inEntry(issue, e.index))),
      );
    }
  }
}
