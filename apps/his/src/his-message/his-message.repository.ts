import { Injectable } from '@nestjs/common';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource } from 'typeorm';
import { HisMessageRow } from './his-message.entity';
import { HisMessagesArgs } from './his-message.inputs';

/** Reads the feed's messages, newest first. Group-wide: a message is the group's until it names a campus. */
@Injectable()
export class HisMessageRepository {
  constructor(private readonly dataSource: DataSource) {}

  list<T>(args: HisMessagesArgs, map: (row: HisMessageRow) => T): Promise<Page<T>> {
    const query = this.dataSource.getRepository(HisMessageRow).createQueryBuilder('message');
    if (args.outcome) query.andWhere('message.outcome = :outcome', { outcome: args.outcome });
    return paginate(query, args, map, { newestFirst: true });
  }
}
