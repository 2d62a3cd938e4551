import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { campusScopeWhere, scopeToCampuses } from '@houqin/platform-database';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource, EntityManager, In } from 'typeorm';
import { SlaEscalationRow, WorkOrderClockPauseRow, WorkOrderPartRow, WorkOrderRow, WorkOrderTransitionRow } from './work-order.entity';
import { WorkOrderStatus } from './work-order-status';
import { WorkOrdersArgs } from './work-order.inputs';

const OPEN_FOR_RESPONSE = [WorkOrderStatus.SUBMITTED, WorkOrderStatus.DISPATCHED];
const OPEN_FOR_RESOLUTION = [WorkOrderStatus.SUBMITTED, WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS];

/** Work-order reads, always within the caller's campuses: another campus's order is simply not found. */
@Injectable()
export class WorkOrderRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findVisible(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<WorkOrderRow> {
    const workOrderId = requireUuid('workOrderId', id);
    const query = scopeToCampuses(manager.createQueryBuilder(WorkOrderRow, 'wo').where('wo.id = :id', { id: workOrderId }), identity);
    if (lock) query.setLock('pessimistic_write');
    const row = await query.getOne();
    if (!row) throw notFound('WorkOrder', workOrderId);
    return row;
  }

  async list<T>(identity: Identity, args: WorkOrdersArgs, map: (row: WorkOrderRow) => T, now: Date = new Date()): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.manager.createQueryBuilder(WorkOrderRow, 'wo'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('wo.campus_id = :campusId', { campusId });
    if (args.status) query.andWhere('wo.status = :status', { status: args.status });
    if (args.priority) query.andWhere('wo.priority = :priority', { priority: args.priority });
    if (args.open) query.andWhere('wo.status = ANY(:open)', { open: OPEN_FOR_RESOLUTION });
    const technicianId = optionalUuid('technicianId', args.technicianId);
    if (technicianId) query.andWhere('wo.technician_id = :technicianId', { technicianId });
    const departmentId = optionalUuid('departmentId', args.departmentId);
    if (departmentId) query.andWhere('wo.department_id = :departmentId', { departmentId });
    if (args.overdue) {
      query.andWhere('((wo.status = ANY(:openResponse) AND wo.response_due_at < :now) OR (wo.status = ANY(:openResolution) AND wo.resolution_due_at < :now))', {
        openResponse: OPEN_FOR_RESPONSE,
        openResolution: OPEN_FOR_RESOLUTION,
        now,
      });
    }
    return paginate(query, args, map);
  }

  /** Loads the orders for a batch of federation references in one query. */
  async findManyVisible(identity: Identity, ids: string[]): Promise<Map<string, WorkOrderRow>> {
    const rows = await this.dataSource.manager.find(WorkOrderRow, { where: { id: In(ids), ...campusScopeWhere(identity) } });
    return new Map(rows.map((r) => [r.id, r]));
  }

  parts(workOrderIds: string[]): Promise<WorkOrderPartRow[]> {
    return this.dataSource.manager.find(WorkOrderPartRow, { where: { workOrderId: In(workOrderIds) }, order: { completion: 'ASC', id: 'ASC' } });
  }

  timeline(workOrderIds: string[]): Promise<WorkOrderTransitionRow[]> {
    return this.dataSource.manager.find(WorkOrderTransitionRow, { where: { workOrderId: In(workOrderIds) }, order: { id: 'ASC' } });
  }

  clockPauses(workOrderIds: string[]): Promise<WorkOrderClockPauseRow[]> {
    return this.dataSource.manager.find(WorkOrderClockPauseRow, { where: { workOrderId: In(workOrderIds) }, order: { id: 'ASC' } });
  }

  escalations(workOrderIds: string[]): Promise<SlaEscalationRow[]> {
    return this.dataSource.manager.find(SlaEscalationRow, { where: { workOrderId: In(workOrderIds) }, order: { id: 'ASC' } });
  }
}
