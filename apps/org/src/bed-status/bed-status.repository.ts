import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { DataSource, In } from 'typeorm';
import { DirectoryReader } from '../common/directory-reader';
import { LocationKind } from '../location/location-hierarchy';
import { LOCATION, LocationRow } from '../location/location.entity';
import { NEW_BED } from './bed-status';
import { BedStatusRow } from './bed-status.entity';

export interface WardBed {
  bed: LocationRow;
  status: Pick<BedStatusRow, 'status' | 'since' | 'precautions' | 'source'>;
}

/** A ward's bed board, within the caller's campuses: another campus's ward is NOT_FOUND, as if it did not exist. */
@Injectable()
export class BedStatusRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: DirectoryReader,
  ) {}

  async wardBeds(identity: Identity, wardId: string): Promise<WardBed[]> {
    const ward = await this.reader.findVisible(identity, LOCATION, 'wardId', wardId);
    if (ward.kind !== LocationKind.WARD) throw new DomainError('BED_BOARD_NOT_A_WARD', { code: ward.code });
    // A bed hangs under the ward or under one of its rooms (location-hierarchy.ts).
    const beds = await this.dataSource
      .getRepository(LocationRow)
      .createQueryBuilder('bed')
      .where('bed.kind = :bed AND bed.active', { bed: LocationKind.BED })
      .andWhere(`(bed.parentId = :wardId OR bed.parentId IN (SELECT id FROM location WHERE parent_id = :wardId AND kind = :room))`, {
        wardId: ward.id,
        room: LocationKind.ROOM,
      })
      .orderBy('bed.code')
      .getMany();
    const statuses = beds.length ? await this.dataSource.getRepository(BedStatusRow).findBy({ bedId: In(beds.map((bed) => bed.id)) }) : [];
    const byBed = new Map(statuses.map((row) => [row.bedId, row]));
    return beds.map((bed) => ({ bed, status: byBed.get(bed.id) ?? NEW_BED }));
  }
}
