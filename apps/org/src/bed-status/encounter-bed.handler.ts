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
import { BedHappening } from './bed-status';
import { BedBoard } from './bed-board';

type Encounter = EventData<typeof EncounterAdmittedV1>;
type Moved = EventData<typeof EncounterTransferredV1>;

/** Which beds an encounter event touches, and what happened to each. */
type BedsTouched = (data: never) => [bedId: string | null, happening: BedHappening][];

const patient = (data: Encounter) => ({ encounterId: data.encounterId, precautions: data.precautions, at: new Date(data.occurredAt) });

const TOUCHES = new Map<EventContract, BedsTouched>([
  [EncounterAdmittedV1, (data: Encounter) => [[data.locationId, { kind: 'PATIENT_IN', ...patient(data) }]]],
  [EncounterDischargeCancelledV1, (data: Encounter) => [[data.locationId, { kind: 'PATIENT_IN', ...patient(data) }]]],
  [EncounterDischargedV1, (data: Encounter) => [[data.locationId, { kind: 'PATIENT_OUT', ...patient(data) }]]],
  [
    EncounterTransferredV1,
    (data: Moved) => [
      [data.previousLocationId, { kind: 'PATIENT_OUT', ...patient(data) }],
      [data.locationId, { kind: 'PATIENT_IN', ...patient(data) }],
    ],
  ],
  [
    EncounterAdmissionCancelledV1,
    (data: Moved) => [[data.previousLocationId ?? data.locationId, { kind: 'ADMISSION_VOID', encounterId: data.encounterId, at: new Date(data.occurredAt) }]],
  ],
  [EncounterUpdatedV1, (data: Encounter) => [[data.locationId, { kind: 'PRECAUTIONS', ...patient(data) }]]],
]);

/** One per his.encounter event type that moves a bed, all in the consumer group `org.bed-status`. */
@ConsumerGroup('bed-status', 'moves the beds the HIS feed names: occupied or isolated on admission, housekeeping when vacated')
export class EncounterBedHandler implements EventHandler {
  constructor(
    readonly contract: EventContract,
    private readonly board: BedBoard,
  ) {}

  async handle(event: CloudEvent<unknown>, manager: EntityManager): Promise<void> {
    const touched = (TOUCHES.get(this.contract) as (data: unknown) => ReturnType<BedsTouched>)(event.data);
    for (const [bedId, happening] of touched) if (bedId) await this.board.apply(manager, bedId, happening);
  }
}

export const ENCOUNTER_BED_HANDLERS: Provider[] = [...TOUCHES.keys()].map((contract) => ({
  provide: `EncounterBedHandler:${contract.type}`,
  inject: [BedBoard],
  useFactory: (board: BedBoard) => new EncounterBedHandler(contract, board),
}));
