import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireText, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import {
  optionalPhone,
  rejectDuplicateSupplier,
  requireContactName,
  requireSupplierCode,
  requireSupplierCreditCode,
  requireSupplierName,
} from './create-supplier.use-case';
import { SupplierRow } from './supplier.entity';
import { UpdateSupplierInput } from './supplier.inputs';
import { SupplierRepository } from './supplier.repository';

/**
 * 修改供应商 and 停用供应商. A deactivated supplier keeps its contracts and history, but nothing new is priced
 * or ordered from it (contract prices leave it out; purchasing asks for an active supplier). Reactivating it
 * brings its contracts back for the days they still run.
 */
@Injectable()
export class UpdateSupplier {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly suppliers: SupplierRepository,
  ) {}

  execute(identity: Identity, input: UpdateSupplierInput): Promise<SupplierRow> {
    const changes: Partial<SupplierRow> = {
      ...(input.code != null && { code: requireSupplierCode(input.code) }),
      ...(input.name != null && { name: requireSupplierName(input.name) }),
      ...(input.creditCode != null && { creditCode: requireSupplierCreditCode(input.creditCode) }),
      ...(input.contactName != null && { contactName: requireContactName(input.contactName) }),
      ...(input.phone != null && { phone: optionalPhone(input.phone) }),
      ...(input.active != null && { active: input.active }),
    };
    return this.change(identity, requireUuid('id', input.id), changes, 'supplier.update', null);
  }

  deactivate(identity: Identity, id: string, reasonText: string): Promise<SupplierRow> {
    const reason = requireText('reason', reasonText, 500);
    return this.change(identity, requireUuid('id', id), { active: false }, 'supplier.deactivate', reason);
  }

  private change(identity: Identity, id: string, changes: Partial<SupplierRow>, action: string, reason: string | null): Promise<SupplierRow> {
    return rejectDuplicateSupplier(changes, () =>
      this.unitOfWork.run(async (manager) => {
        const now = new Date();
        const before = await this.suppliers.lock(manager, id);
        const after: SupplierRow = { ...before, ...changes, updatedAt: now, updatedBySubject: identity.subject, updatedByName: identity.name };
        await manager.update(SupplierRow, { id }, after);
        await this.changes.record(
          manager,
          identity,
          { audit: { action, entityType: 'Supplier', entityId: id, campusId: null, before, after: { ...after, reason } } },
          now,
        );
        return after;
      }),
    );
  }
}
