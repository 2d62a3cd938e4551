import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { chosenId, rejectDuplicate, uuidv7 } from '@houqin/platform-database';
import { DomainError, requireCreditCode, requirePhoneNumber, requireText } from '@houqin/platform-errors';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { SupplierRow } from './supplier.entity';
import { CreateSupplierInput } from './supplier.inputs';

/** The same shape as item codes: letters, digits and - _ . /, at most 32, no spaces. */
const SUPPLIER_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$/;

export function requireSupplierCode(value: string): string {
  const code = requireText('code', value, 32);
  if (!SUPPLIER_CODE.test(code)) throw new DomainError('INVALID_INPUT', { detail: 'code: letters, digits and - _ . / only, at most 32' });
  return code;
}

export const requireSupplierName = (value: string) => requireText('name', value, 100);
export const requireContactName = (value: string) => requireText('contactName', value, 50);
export const requireSupplierCreditCode = (value: string) => requireCreditCode('creditCode', value);
/** Absent or blank is no phone. */
export const optionalPhone = (value: string | null | undefined): string | null =>
  value == null || value.trim() === '' ? null : requirePhoneNumber('phone', value);

/** Code and credit code are each unique: one company, one entry. */
export const rejectDuplicateSupplier = <T>(row: Partial<Pick<SupplierRow, 'code' | 'creditCode'>>, write: () => Promise<T>): Promise<T> =>
  rejectDuplicate('supplier_code_uq', 'Supplier', row.code ?? '', () => rejectDuplicate('supplier_credit_code_uq', 'Supplier', row.creditCode ?? '', write));

/** 新增供应商: group-wide, active from the start. Audited; suppliers publish no event (contracts do). */
@Injectable()
export class CreateSupplier {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
  ) {}

  execute(identity: Identity, input: CreateSupplierInput): Promise<SupplierRow> {
    const id = chosenId(identity, 'id', input.id) ?? uuidv7();
    const now = new Date();
    const row: SupplierRow = {
      id,
      code: requireSupplierCode(input.code),
      name: requireSupplierName(input.name),
      creditCode: requireSupplierCreditCode(input.creditCode),
      contactName: requireContactName(input.contactName),
      phone: optionalPhone(input.phone),
      active: true,
      createdAt: now,
      createdBySubject: identity.subject,
      createdByName: identity.name,
      updatedAt: now,
      updatedBySubject: identity.subject,
      updatedByName: identity.name,
    };
    return rejectDuplicate('PK_supplier', 'Supplier', id, () =>
      rejectDuplicateSupplier(row, () =>
        this.unitOfWork.run(async (manager) => {
          await manager.insert(SupplierRow, row);
          await this.changes.record(
            manager,
            identity,
            { audit: { action: 'supplier.create', entityType: 'Supplier', entityId: id, campusId: null, before: null, after: row } },
            now,
          );
          return row;
        }),
      ),
    );
  }
}
