import { Injectable } from '@nestjs/common';
import { VendorContractCreatedV1 } from '@houqin/contracts';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { rejectDuplicate, uuidv7 } from '@houqin/platform-database';
import { DomainError, forbidden, inactive, requireIsoDate, requireText, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { requireDateOrder } from '../asset/asset-dates';
import { chinaToday } from '@houqin/platform-calendar';
import { actorOf } from '../crew/crew-facts';
import { requireCategory } from '../work-order/work-order-category';
import { requireFen } from './vendor-fees';
import { VendorSla } from './vendor-sla';
import { VendorContractRow } from './vendor.entity';
import { CreateVendorContractInput } from './vendor.inputs';
import { VendorRepository } from './vendor.repository';

/** A contract for more campuses or categories than this is a data-entry accident. */
const MAX_LIST = 20;
/** One to MAX_LIST distinct values, checked one by one. */
function requireList<T>(field: string, values: readonly string[], check: (field: string, value: string) => T): T[] {
  if (!values.length || values.length > MAX_LIST) throw new DomainError('INVALID_INPUT', { detail: `${field}: 1 to ${MAX_LIST}` });
  return [...new Set(values.map((value, i) => check(`${field}[${i}]`, value)))];
}

/**
 * 录入维保合同: which campuses (each an active campus of the org directory) and categories a vendor covers,
 * from when to when, with its SLA and fees. A group admin records any contract; a campus admin only one
 * covering nothing but their own campuses. A contract already ended is refused: no call could use it.
 */
@Injectable()
export class CreateVendorContract {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
    private readonly repository: VendorRepository,
  ) {}

  execute(identity: Identity, input: CreateVendorContractInput): Promise<VendorContractRow> {
    const now = new Date();
    const vendorId = requireUuid('vendorId', input.vendorId);
    const contractNo = requireText('contractNo', input.contractNo, 64);
    const campusIds = requireList('campusIds', input.campusIds, requireUuid);
    const scope = CampusScope.of(identity);
    if (!campusIds.every((id) => scope.allows(id))) throw forbidden();
    const categories = requireList('categories', input.categories, requireCategory);
    const startsOn = requireIsoDate('startsOn', input.startsOn);
    const endsOn = requireIsoDate('endsOn', input.endsOn);
    requireDateOrder({ field: 'endsOn', value: endsOn }, { field: 'startsOn', value: startsOn }, false);
    requireDateOrder({ field: 'endsOn', value: endsOn }, { field: 'today', value: chinaToday(now) }, true);
    const terms = VendorSla.requireTerms(input.onSiteMinutes, input.resolutionHours);
    const annualFeeFen = input.annualFeeFen == null ? null : requireFen('annualFeeFen', input.annualFeeFen);
    const callOutFeeFen = requireFen('callOutFeeFen', input.callOutFeeFen);

    return rejectDuplicate('vendor_contract_vendor_no_uq', 'VendorContract', contractNo, () =>
      this.unitOfWork.run(async (manager) => {
        const vendor = await this.repository.requireVendor(vendorId, manager);
        if (!vendor.active) throw inactive('Vendor', vendor.name);
        for (const campusId of campusIds) await this.directory.requireCampus(manager, campusId);
        const row: VendorContractRow = {
          id: uuidv7(),
          vendorId,
          contractNo,
          campusIds,
          categories,
          startsOn,
          endsOn,
          ...terms,
          annualFeeFen,
          callOutFeeFen,
          createdAt: now,
          createdBy: identity.subject,
        };
        await manager.insert(VendorContractRow, row);
        await this.changes.record(
          manager,
          identity,
          {
            // A contract of one campus is in that campus's trail; one shared by several campuses is group-level.
            audit: {
              action: 'vendor_contract.create',
              entityType: 'VendorContract',
              entityId: row.id,
              campusId: campusIds.length === 1 ? campusIds[0] : null,
              before: null,
              after: row,
            },
            events: [
              changeEvent(
                VendorContractCreatedV1,
                {
                  contractId: row.id,
                  vendorId,
                  contractNo,
                  campusIds,
                  categories,
                  startsOn,
                  endsOn,
                  onSiteMinutes: row.onSiteMinutes,
                  resolutionHours: row.resolutionHours,
                  annualFeeFen,
                  callOutFeeFen,
                  occurredAt: now.toISOString(),
                  actor: actorOf(identity),
                },
                vendorId,
              ),
            ],
          },
          now,
        );
        return row;
      }),
    );
  }
}
