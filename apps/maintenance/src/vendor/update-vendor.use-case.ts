import { Injectable } from '@nestjs/common';
import { VendorUpdatedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireCreditCode } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { rejectDuplicateVendor, requireContactName, requireContactPhone, requireVendorName } from './register-vendor.use-case';
import { vendorFacts } from './vendor-facts';
import { VendorRow } from './vendor.entity';
import { UpdateVendorInput } from './vendor.inputs';
import { VendorRepository } from './vendor.repository';

type Changeable = Pick<VendorRow, 'name' | 'unifiedSocialCreditCode' | 'contactName' | 'contactPhone' | 'active'>;

/**
 * Corrects a vendor's details or (de)activates it; absent fields stay. A deactivated vendor takes no new
 * calls, while calls already open run to their end. Nothing changed writes nothing.
 */
@Injectable()
export class UpdateVendor {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly repository: VendorRepository,
  ) {}

  execute(identity: Identity, input: UpdateVendorInput): Promise<VendorRow> {
    const changes: Partial<Changeable> = {
      ...(input.name != null && { name: requireVendorName(input.name) }),
      ...(input.unifiedSocialCreditCode != null && { unifiedSocialCreditCode: requireCreditCode('unifiedSocialCreditCode', input.unifiedSocialCreditCode) }),
      ...(input.contactName != null && { contactName: requireContactName(input.contactName) }),
      ...(input.contactPhone != null && { contactPhone: requireContactPhone(input.contactPhone) }),
      ...(input.active != null && { active: input.active }),
    };
    return this.unitOfWork.run(async (manager) => {
      const row = await this.repository.requireVendor(input.vendorId, manager, true);
      const changed = (Object.keys(changes) as (keyof Changeable)[]).filter((key) => changes[key] !== row[key]);
      if (!changed.length) return row;
      const before = { ...row };
      Object.assign(row, changes, { updatedAt: new Date() });
      await rejectDuplicateVendor(row, () => manager.save(VendorRow, row));
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'vendor.update', entityType: 'Vendor', entityId: row.id, campusId: null, before, after: row },
          events: [changeEvent(VendorUpdatedV1, vendorFacts(row, identity, row.updatedAt), row.id)],
        },
        row.updatedAt,
      );
      return row;
    });
  }
}
