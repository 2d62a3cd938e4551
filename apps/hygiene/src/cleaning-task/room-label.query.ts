import { Injectable } from '@nestjs/common';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { notFound, requireUuid } from '@houqin/platform-errors';
import { LocationReplicaRow } from '@houqin/platform-org-replica';
import { DataSource } from 'typeorm';
import { RoomLabel } from './cleaning-task.model';
import { RoomLabels } from './room-labels';

/** The labels to print for a ward: each of its rooms, and the ward itself for beds that hang under it directly. */
@Injectable()
export class RoomLabelQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly labels: RoomLabels,
  ) {}

  async forWard(identity: Identity, wardId: string): Promise<RoomLabel[]> {
    const ward = await this.dataSource.manager.findOneBy(LocationReplicaRow, { id: requireUuid('wardId', wardId), kind: 'WARD' });
    if (!ward || !CampusScope.of(identity).allows(ward.campusId)) throw notFound('Location', wardId);
    const rooms = await this.dataSource.manager.find(LocationReplicaRow, { where: { parentId: ward.id, kind: 'ROOM', active: true }, order: { code: 'ASC' } });
    return [ward, ...rooms].map((place) => Object.assign(new RoomLabel(), { locationId: place.id, name: place.name, code: this.labels.codeOf(place.id) }));
  }
}
