import { Injectable } from '@nestjs/common';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { campusScopeWhere, likePattern, scopeToCampuses } from '@houqin/platform-database';
import { forbidden, notFound, optionalText, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource, EntityManager, In } from 'typeorm';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { WorkOrderRepository } from '../work-order/work-order.repository';
import { OPEN_VENDOR_CALL } from './vendor-call-lifecycle';
import { VendorCallRow, VendorContractRow, VendorRow } from './vendor.entity';
import { VendorCallsArgs, VendorsArgs } from './vendor.inputs';
import { requirePeriod } from '../common/report-scope';

/**
 * Vendor reads. Vendors are group-wide; contracts are seen by whoever acts for one of the campuses they cover;
 * calls are scoped to the caller's campuses like the work orders they belong to.
 */
@Injectable()
export class VendorRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workOrders: WorkOrderRepository,
  ) {}

  async requireVendor(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<VendorRow> {
    const vendorId = requireUuid('vendorId', id);
    const row = await manager.findOne(VendorRow, { where: { id: vendorId }, ...(lock && { lock: { mode: 'pessimistic_write' as const } }) });
    if (!row) throw notFound('Vendor', vendorId);
    return row;
  }

  listVendors<T>(args: VendorsArgs, map: (row: VendorRow) => T): Promise<Page<T>> {
    const query = this.dataSource.manager.createQueryBuilder(VendorRow, 'vendor');
    const search = optionalText('search', args.search, 100);
    if (search) query.andWhere('(vendor.name ILIKE :search OR vendor.unified_social_credit_code ILIKE :search)', { search: likePattern(search) });
    if (args.active != null) query.andWhere('vendor.active = :active', { active: args.active });
    return paginate(query, args, map);
  }

  async vendorsByIds(ids: string[]): Promise<Map<string, VendorRow>> {
    return new Map((await this.dataSource.manager.findBy(VendorRow, { id: In(ids) })).map((r) => [r.id, r]));
  }

  /** The vendors' contracts covering at least one of the caller's campuses, latest start first. */
  contractsOf(identity: Identity, vendorIds: string[]): Promise<VendorContractRow[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(VendorContractRow, 'contract')
      .where('contract.vendor_id = ANY(:vendorIds)', { vendorIds })
      .orderBy('contract.startsOn', 'DESC')
      .addOrderBy('contract.id', 'DESC');
    const campusIds = CampusScope.of(identity).filter();
    if (campusIds) query.andWhere('contract.campus_ids && :scope::uuid[]', { scope: campusIds });
    return query.getMany();
  }

  async contractsByIds(ids: string[]): Promise<Map<string, VendorContractRow>> {
    return new Map((await this.dataSource.manager.findBy(VendorContractRow, { id: In(ids) })).map((r) => [r.id, r]));
  }

  /**
   * The vendor's contract in force on `today` (China date) covering the campus and category. Should renewals
   * overlap, the one that started last applies.
   */
  coveringContract(manager: EntityManager, vendorId: string, campusId: string, category: string, today: string): Promise<VendorContractRow | null> {
    return manager
      .createQueryBuilder(VendorContractRow, 'contract')
      .where('contract.vendor_id = :vendorId AND :campusId = ANY(contract.campus_ids) AND :category = ANY(contract.categories)', {
        vendorId,
        campusId,
        category,
      })
      .andWhere('contract.starts_on <= :today AND contract.ends_on >= :today', { today })
      .orderBy('contract.startsOn', 'DESC')
      .addOrderBy('contract.id', 'DESC')
      .getOne();
  }

  /** The work order's call still waiting for the vendor or at work, if any, with the vendor's name. */
  async openCall(manager: EntityManager, workOrderId: string): Promise<{ id: string; vendorName: string } | null> {
    const rows: { id: string; vendorName: string }[] = await manager.query(
      `SELECT c.id, v.name AS "vendorName" FROM vendor_call c JOIN vendor v ON v.id = c.vendor_id
        WHERE c.work_order_id = $1 AND c.status = ANY($2)`,
      [workOrderId, OPEN_VENDOR_CALL],
    );
    return rows[0] ?? null;
  }

  async findVisibleCall(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<VendorCallRow> {
    const callId = requireUuid('callId', id);
    const query = scopeToCampuses(manager.createQueryBuilder(VendorCallRow, 'call').where('call.id = :id', { id: callId }), identity);
    if (lock) query.setLock('pessimistic_write');
    const row = await query.getOne();
    if (!row) throw notFound('VendorCall', callId);
    return row;
  }

  /**
   * A call about to change, with its work order: the order is locked first and then the call, the order in
   * which calling a vendor takes them too, so the two cannot deadlock.
   */
  async lockCall(identity: Identity, id: string, manager: EntityManager): Promise<{ call: VendorCallRow; order: WorkOrderRow }> {
    const { workOrderId } = await this.findVisibleCall(identity, id, manager);
    const order = await this.workOrders.findVisible(identity, workOrderId, manager, true);
    return { call: await this.findVisibleCall(identity, id, manager, true), order };
  }

  listCalls<T>(identity: Identity, args: VendorCallsArgs, map: (row: VendorCallRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.manager.createQueryBuilder(VendorCallRow, 'call'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId && !CampusScope.of(identity).allows(campusId)) throw forbidden();
    const vendorId = optionalUuid('vendorId', args.vendorId);
    if (args.from && args.to) requirePeriod(args.from, args.to);
    if (campusId) query.andWhere('call.campus_id = :campusId', { campusId });
    if (vendorId) query.andWhere('call.vendor_id = :vendorId', { vendorId });
    if (args.status) query.andWhere('call.status = :status', { status: args.status });
    if (args.from) query.andWhere('call.called_at >= :from', { from: args.from });
    if (args.to) query.andWhere('call.called_at < :to', { to: args.to });
    return paginate(query, args, map, { newestFirst: true });
  }

  /** The calls of a batch of work orders (already visible to the caller), in the order they were made. */
  callsOf(identity: Identity, workOrderIds: string[]): Promise<VendorCallRow[]> {
    return this.dataSource.manager.find(VendorCallRow, { where: { workOrderId: In(workOrderIds), ...campusScopeWhere(identity) }, order: { id: 'ASC' } });
  }
}
