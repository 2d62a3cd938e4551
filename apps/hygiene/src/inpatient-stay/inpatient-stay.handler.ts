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
import { EntityManager } from 'typeorm';
import { stayChange } from './inpatient-stay';
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

  async handle(event: CloudEvent<unknown>, manager: EntityManager): Promise<void> {
    const change = stayChange(this.contract === EncounterAdmissionCancelledV1, event.data as EventData<typeof EncounterAdmittedV1>);
    if ('remove' in change) await manager.delete(InpatientStayRow, { encounterId: change.remove });
    else await manager.upsert(InpatientStayRow, change.stay, ['encounterId']);
  }
}

export const INPATIENT_STAY_HANDLERS: Provider[] = CONTRACTS.map((contract) => ({
  provide: `InpatientStayHandler:${contract.type}`,
  useFactory: () => new InpatientStayHandler(contract),
}));
