import { Injectable } from '@nestjs/common';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { DomainError, forbidden, requireNonNegativeInt, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { ITEM_CATEGORIES } from '../catalogue/item';
import { RequisitionPolicyRow } from './requisition.entity';
import { SetRequisitionPolicyInput } from './requisition.inputs';

/** The ceiling (¥100,000) keeps a typo from letting every requisition past the materials office. */
const MAX_AUTO_APPROVE_LIMIT_FEN = 10_000_000;

/**
 * 审批权限: a campus says what its department heads may approve without the materials office. Requisitions whose
 * department approves from now on follow it; those already past that step keep their route. Audited, no event.
 */
@Injectable()
export class SetRequisitionPolicy {
  constructor(
    private readonly changes: ChangeRecorder,
    private readonly unitOfWork: UnitOfWork,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  execute(identity: Identity, input: SetRequisitionPolicyInput): Promise<RequisitionPolicyRow> {
    const campusId = requireUuid('campusId', input.campusId);
    if (!CampusScope.of(identity).allows(campusId)) throw forbidden();
    const autoApproveLimitFen = requireNonNegativeInt('autoApproveLimitFen', input.autoApproveLimitFen);
    if (autoApproveLimitFen > MAX_AUTO_APPROVE_LIMIT_FEN) {
      throw new DomainError('INVALID_INPUT', { detail: `autoApproveLimitFen: at most ${MAX_AUTO_APPROVE_LIMIT_FEN}` });
    }
    const categories = input.autoApproveCategories ?? [];
    const unknown = categories.find((category) => !ITEM_CATEGORIES.includes(category));
    if (unknown !== undefined) throw new DomainError('INVALID_INPUT', { detail: `autoApproveCategories: ${String(unknown)}` });

    return this.unitOfWork.run(async (manager) => {
      await this.directory.requireCampus(manager, campusId);
      const before = await manager.findOneBy(RequisitionPolicyRow, { campusId });
      const after: RequisitionPolicyRow = {
        campusId,
        autoApproveLimitFen,
        autoApproveCategories: [...new Set(categories)].sort(),
        updatedAt: new Date(),
        updatedBySubject: identity.subject,
        updatedByName: identity.name,
      };
      await manager.upsert(RequisitionPolicyRow, after, ['campusId']);
      await this.changes.record(manager, identity, {
        audit: { action: 'requisition-policy.set', entityType: 'RequisitionPolicy', entityId: campusId, campusId, before, after },
      });
      return after;
    });
  }
}
