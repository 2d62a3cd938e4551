import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource } from 'typeorm';
import { DirectoryPageArgs, filterActive } from '../common/directory-args';
import { DirectoryReader } from '../common/directory-reader';
import { CAMPUS, CampusRow, HospitalGroupRow } from './campus.entity';

@Injectable()
export class CampusRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: DirectoryReader,
  ) {}

  /** The group's name is no secret to anyone signed in. */
  group(): Promise<HospitalGroupRow | null> {
    return this.dataSource.manager.createQueryBuilder(HospitalGroupRow, 'g').orderBy('g.id').getOne();
  }

  list<T>(identity: Identity, args: DirectoryPageArgs, map: (row: CampusRow) => T): Promise<Page<T>> {
    return paginate(filterActive(this.reader.query(identity, CAMPUS), args.active), args, map);
  }
}
