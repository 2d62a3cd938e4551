import { Injectable } from '@nestjs/common';
import { VendorRegisteredV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { rejectDuplicate, uuidv7 } from '@houqin/platform-database';
import { requireCreditCode, requirePhoneNumber, requireText } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { vendorFacts } from './vendor-facts';
import { VendorRow } from './vendor.entity';
import { RegisterVendorInput } from './vendor.inputs';

export const requireVendorName = (value: string) => requireText('name', value, 100);
export const requireContactName = (value: string) => requireText('contactName', value, 50);

export const requireContactPhone = (value: string) => requirePhoneNumber('contactPhone', value);

/** Name and credit code are each unique: one company, one entry. */
export const rejectDuplicateVendor = <T>(row: Pick<VendorRow, 'name' | 'unifiedSocialCreditCode'>, write: () => Promise<T>): Promise<T> =>
  rejectDuplicate('vendor_name_uq', 'Vendor', row.name, () => rejectDuplicate('vendor_credit_code_uq', 'Vendor', row.unifiedSocialCreditCode, write));

/** 登记维保单位: a company the group may call in, active from the start. */
@Injectable()
export class RegisterVendor {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
  ) {}

  execute(identity: Identity, input: RegisterVendorInput): Promise<VendorRow> {
    const now = new Date();
    const row: VendorRow = {
      id: uuidv7(),
      name: requireVendorName(input.name),
      unifiedSocialCreditCode: requireCreditCode('unifiedSocialCreditCode', input.unifiedSocialCreditCode),
      contactName: requireContactName(input.contactName),
      contactPhone: requireContactPhone(input.contactPhone),
      active: true,
      createdAt: now,
      updatedAt: now,
    };
    return rejectDuplicateVendor(row, () =>
      this.unitOfWork.run(async (manager) => {
        await manager.insert(VendorRow, row);
        await this.changes.record(
          manager,
          identity,
          {
            audit: { action: 'vendor.register', entityType: 'Vendor', entityId: row.id, campusId: null, before: null, after: row },
            events: [changeEvent(VendorRegisteredV1, vendorFacts(row, identity, now), row.id)],
          },
          now,
        );
        return row;
      }),
    );
  }
}
