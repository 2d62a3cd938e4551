import { Provider } from '@nestjs/common';
import { EncounterAdmittedV1, EncounterDischargeCancelledV1, EncounterDischargedV1, EncounterTransferredV1, EventContract, EventData } from '@houqin/contracts';
import { CloudEvent, ConsumerGroup, EventHandler } from '@houqin/platform-events';
import { EntityManager } from 'typeorm';
import { TerminalCleanFeed } from './terminal-clean-feed';

type Moved = EventData<typeof EncounterTransferredV1>;
type Reaction = (feed: TerminalCleanFeed, manager: EntityManager, data: Moved) => Promise<void>;

const REACTIONS = new Map<EventContract, Reaction>([
  [EncounterDischargedV1, (feed, manager, data) => feed.vacated(manager, data, data.locationId)],
  [
    EncounterTransferredV1,
    async (feed, manager, data) => {
      await feed.vacated(manager, data, data.previousLocationId);
      await feed.awaited(manager, data);
    },
  ],
  [EncounterAdmittedV1, (feed, manager, data) => feed.awaited(manager, data)],
  [EncounterDischargeCancelledV1, (feed, manager, data) => feed.dischargeCancelled(manager, data)],
]);

/** One per his.encounter event type that concerns cleaning, all in the consumer group `hygiene.terminal-clean`. */
@ConsumerGroup('terminal-clean', 'opens terminal cleans of beds patients leave, puts first those an admission waits for, cancels those a cancelled discharge makes needless')
export class EncounterCleaningHandler implements EventHandler {
  /** Discharges come in bursts (a ward's morning round): a batch of them is opened and assigned set-based. */
  readonly handleBatch?: (events: CloudEvent<unknown>[], manager: EntityManager) => Promise<void>;

  constructor(
    readonly contract: EventContract,
    private readonly feed: TerminalCleanFeed,
  ) {
    if (contract === EncounterDischargedV1) {
      this.handleBatch = (events, manager) =>
        feed.vacatedAll(
          manager,
          events.map((event) => ({ encounter: event.data as Moved, locationId: (event.data as Moved).locationId })),
        );
    }
  }

  handle(event: CloudEvent<unknown>, manager: EntityManager): Promise<void> {
    return (REACTIONS.get(this.contract) as Reaction)(this.feed, manager, event.data as Moved);
  }
}

export const ENCOUNTER_CLEANING_HANDLERS: Provider[] = [...REACTIONS.keys()].map((contract) => ({
  provide: `EncounterCleaningHandler:${contract.type}`,
  inject: [TerminalCleanFeed],
  useFactory: (feed: TerminalCleanFeed) => new EncounterCleaningHandler(contract, feed),
}));
