import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { RepairLabelRow } from './portal.entity';
import { RepairLabels } from './repair-labels';

/**
 * A label that must stop working (copied onto a notice, defaced, its room out of use): scans are refused from now
 * on. With `replace`, the place or asset gets a new label at once, to print and stick over the old one.
 */
@Injectable()
export class WithdrawRepairLabel {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly labels: RepairLabels,
  ) {}

  execute(identity: Identity, labelId: string, reason: string, replace: boolean): Promise<RepairLabelRow> {
    return this.unitOfWork.run(async (manager) => {
      const label = await this.labels.requireLabel(manager, identity, requireUuid('labelId', labelId));
      const withdrawn = await this.labels.withdraw(manager, identity, label, reason);
      if (!replace) return withdrawn;
      const target = label.assetId ? { assetId: label.assetId } : { locationId: label.locationId as string };
      return this.labels.labelFor(manager, identity, target, label);
    });
  }
}
