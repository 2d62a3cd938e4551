import { Provider } from '@nestjs/common';
import {
  EncounterAdmissionCancelledV1,
  EncounterAdmittedV1,
  EncounterDischargeCancelledV1,
  EncounterDischargedV1,
  EncounterTransferredV1,
  EncounterUpdatedV1,
  EventContract,
  EventData,
} from '@houqin/contracts';
import { CloudEvent, ConsumerGroup, EventHandler } from '@houqin/platform-events';
import { EntityManager, In } from 'typeorm';
import { InpatientStay, stayChange } from './inpatient-stay';
import { InpatientStayRow } from './inpatient-stay.entity';

const CONTRACTS = [
  EncounterAdmittedV1,
  EncounterTransferredV1,
  EncounterDischargedV1,
  EncounterDischargeCancelledV1,
  EncounterAdmissionCancelledV1,
  EncounterUpdatedV1,
];

/** One per his.encounter event type that changes a stay, all in the consumer group `hygiene.inpatient-census`. */
@ConsumerGroup('inpatient-census', 'keeps each inpatient stay (campus, admitted, discharged) for the occupied bed-days the medical-waste KPI divides by')
export class InpatientStayHandler implements EventHandler {
  constructor(readonly contract: EventContract) {}

  handle(event: CloudEvent<unknown>, manager: EntityManager): Promise<void> {
    return this.handleBatch([event], manager);
  }

  /** A batch of one event type in one go: each encounter's last change wins (they come in order), then one write each way. */
  async handleBatch(events: CloudEvent<unknown>[], manager: EntityManager): Promise<void> {
    const latest = new Map<string, InpatientStay | null>();
    for (const event of events) {
      const change = stayChange(this.contract === EncounterAdmissionCancelledV1, event.data as EventData<typeof EncounterAdmittedV1>);
      if ('remove' in change) latest.set(change.remove, null);
      else latest.set(change.stay.encounterId, change.stay);
    }
    const stays = [...latest.values()].filter((stay): stay is InpatientStay => stay !== null);
    const removed = [...latest].filter(([, stay]) => stay === null).map(([encounterId]) => encounterId);
    if (stays.length) await manager.upsert(InpatientStayRow, stays, ['encounterId']);
    if (removed.length) await manager.delete(InpatientStayRow, { encounterId: In(removed) });
  }
}

export const INPATIENT_STAY_HANDLERS: Provider[] = CONTRACTS.map((contract) => ({
  provide: `InpatientStayHandler:${contract.type}`,
  useFactory: () => new InpatientStayHandler(contract),
}));
