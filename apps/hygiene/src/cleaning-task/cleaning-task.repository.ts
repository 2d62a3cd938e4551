import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource, EntityManager } from 'typeorm';
import { CleaningTaskRow } from './cleaning-task.entity';
import { CleaningTasksArgs } from './cleaning-task.inputs';

/** Reads cleaning tasks, always within the caller's campuses (whatever the gateway let through). */
@Injectable()
export class CleaningTaskRepository {
  constructor(private readonly dataSource: DataSource) {}

  list<T>(identity: Identity, args: CleaningTasksArgs, map: (row: CleaningTaskRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(CleaningTaskRow).createQueryBuilder('task'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('task.campusId = :campusId', { campusId });
    const wardId = optionalUuid('wardId', args.wardId);
    if (wardId) query.andWhere('task.wardId = :wardId', { wardId });
    if (args.statuses?.length) query.andWhere('task.status IN (:...statuses)', { statuses: args.statuses });
    if (args.kind) query.andWhere('task.kind = :kind', { kind: args.kind });
    if (args.mine) query.andWhere('task.cleanerId = :me', { me: identity.staffId ?? '00000000-0000-0000-0000-000000000000' });
    return paginate(query, args, map);
  }

  /** One the caller may see; another campus's is NOT_FOUND, as if it did not exist. */
  async findVisible(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<CleaningTaskRow> {
    const query = scopeToCampuses(manager.getRepository(CleaningTaskRow).createQueryBuilder('task'), identity);
    query.andWhere('task.id = :id', { id: requireUuid('taskId', id) });
    if (lock) query.setLock('pessimistic_write');
    const row = await query.getOne();
    if (!row) throw notFound('CleaningTask', id);
    return row;
  }

  /** The row locked for a transition, within the caller's campuses. */
  lockVisible(identity: Identity, id: string): (manager: EntityManager) => Promise<CleaningTaskRow> {
    return (manager) => this.findVisible(identity, id, manager, true);
  }
}
