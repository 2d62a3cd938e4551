import { CleaningTaskCompletedV1, EventData } from '@houqin/contracts';
import { CloudEvent, ConsumerGroup, EventHandler } from '@houqin/platform-events';
import { EntityManager } from 'typeorm';
import { BedBoard } from './bed-board';

/** A finished clean of a bed (terminal, spill, corrective) readies it, if it was waiting for one. */
@ConsumerGroup('bed-status', 'readies a vacated or soiled bed when its clean is finished')
export class BedCleanedHandler implements EventHandler<typeof CleaningTaskCompletedV1> {
  readonly contract = CleaningTaskCompletedV1;

  constructor(private readonly board: BedBoard) {}

  async handle(event: CloudEvent<EventData<typeof CleaningTaskCompletedV1>>, manager: EntityManager): Promise<void> {
    const { bedId, finishedAt } = event.data;
    if (bedId) await this.board.apply(manager, bedId, { kind: 'CLEANED', at: new Date(finishedAt) });
  }
}
