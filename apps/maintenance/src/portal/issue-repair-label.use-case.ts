import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { DomainError, optionalUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { RepairLabelRow } from './portal.entity';
import { LabelTarget, RepairLabels } from './repair-labels';

/** The label of one place or asset, issued on first ask; asking again returns the same label. */
@Injectable()
export class IssueRepairLabel {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly labels: RepairLabels,
  ) {}

  execute(identity: Identity, input: { locationId?: string | null; assetId?: string | null }): Promise<RepairLabelRow> {
    const target = labelTarget(input);
    return this.unitOfWork.run((manager) => this.labels.labelFor(manager, identity, target));
  }
}

/** Exactly one of a place or an asset. */
export function labelTarget(input: { locationId?: string | null; assetId?: string | null }): LabelTarget {
  const locationId = optionalUuid('locationId', input.locationId);
  const assetId = optionalUuid('assetId', input.assetId);
  if (Boolean(locationId) === Boolean(assetId)) throw new DomainError('INVALID_INPUT', { detail: 'give either locationId or assetId' });
  return assetId ? { assetId } : { locationId: locationId as string };
}
