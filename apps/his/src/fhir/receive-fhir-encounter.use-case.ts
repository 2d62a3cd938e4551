import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { UnitOfWork } from '@houqin/platform-events';
import { requireUpdateOf } from './fhir-bundle';
import { FhirAnswer, FhirReception } from './fhir-reception';

/** One Encounter created (POST) or updated (PUT with the id of the URL), in its own transaction. */
@Injectable()
export class ReceiveFhirEncounter {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly reception: FhirReception,
  ) {}

  execute(identity: Identity, resource: unknown, updateOf?: string, now = new Date()): Promise<FhirAnswer> {
    if (updateOf !== undefined) requireUpdateOf(resource, updateOf);
    return this.unitOfWork.run((manager) => this.reception.receive(manager, identity, resource, updateOf === undefined, now));
  }
}
