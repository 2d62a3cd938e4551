import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource } from 'typeorm';
import { WasteTransferRow } from './waste-transfer.entity';
import { WasteTransfersArgs } from './waste-transfer.inputs';

/** Reads waste transfers, always within the caller's campuses (whatever the gateway let through). */
@Injectable()
export class WasteTransferRepository {
  constructor(private readonly dataSource: DataSource) {}

  list<T>(identity: Identity, args: WasteTransfersArgs, map: (row: WasteTransferRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(WasteTransferRow).createQueryBuilder('wasteTransfer'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('wasteTransfer.campusId = :campusId', { campusId });
    if (args.discrepancy !== null && args.discrepancy !== undefined)
      query.andWhere('wasteTransfer.discrepancy = :discrepancy', { discrepancy: args.discrepancy });
    return paginate(query, args, map);
  }

  /** One the caller may see; another campus's is NOT_FOUND, as if it did not exist. */
  async findVisible(identity: Identity, id: string): Promise<WasteTransferRow> {
    const query = scopeToCampuses(this.dataSource.getRepository(WasteTransferRow).createQueryBuilder('wasteTransfer'), identity);
    const row = await query.andWhere('wasteTransfer.id = :id', { id: requireUuid('id', id) }).getOne();
    if (!row) throw notFound('WasteTransfer', id);
    return row;
  }
}
