import { Inject, Injectable } from '@nestjs/common';
import { SignedIdCode } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { LocationReplicaRow } from '@houqin/platform-org-replica';
import { EntityManager, In } from 'typeorm';
import { HYGIENE_SETTINGS, HygieneSettings } from '../hygiene-settings';
import { CleaningTaskRow } from './cleaning-task.entity';

/**
 * The QR labels on room doors that cleaners scan to start and finish: the room's org location id, signed (the repair
 * labels' approach), so a task can be closed only by someone standing at the room.
 */
@Injectable()
export class RoomLabels {
  private readonly codes: SignedIdCode;

  constructor(@Inject(HYGIENE_SETTINGS) settings: HygieneSettings) {
    this.codes = new SignedIdCode(settings.labelSecret, 'houqin.room-label.v1');
  }

  codeOf(locationId: string): string {
    return this.codes.encode(locationId);
  }

  /** The location a scanned code names; CLEANING_LABEL_INVALID for a code this hospital group did not print. */
  locationId(code: string): string {
    const id = this.codes.decode(code);
    if (!id) throw new DomainError('CLEANING_LABEL_INVALID');
    return id;
  }

  /** The cleaner stands at the task's door: the code is genuine and names the room the task is scanned at. */
  async requireAt(manager: EntityManager, task: Pick<CleaningTaskRow, 'scanLocationId'>, code: string): Promise<void> {
    const scanned = this.locationId(code);
    if (scanned === task.scanLocationId) return;
    const names = await manager.findBy(LocationReplicaRow, { id: In([scanned, task.scanLocationId]) });
    const name = (id: string) => names.find((place) => place.id === id)?.name ?? id;
    throw new DomainError('CLEANING_WRONG_ROOM', { scanned: name(scanned), expected: name(task.scanLocationId) });
  }
}
