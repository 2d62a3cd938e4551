import { Injectable } from '@nestjs/common';
import { SlaTargetsChangedV1 } from '@houqin/contracts';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { DomainError, forbidden, requirePositiveInt, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { SlaTargetRow } from './work-order.entity';
import { MAX_SLA_MINUTES, SlaMinutes, WorkOrderPriority } from './sla-policy';
import { SetSlaTargetsInput } from './work-order.inputs';
import { SlaTargets } from './sla-targets';

/** A campus sets its own response and resolution targets; orders submitted from now on use them. */
@Injectable()
export class SetSlaTargets {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly targets: SlaTargets,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  execute(identity: Identity, input: SetSlaTargetsInput): Promise<SlaMinutes> {
    const campusId = requireUuid('campusId', input.campusId);
    if (!CampusScope.of(identity).allows(campusId)) throw forbidden();
    const seen = new Set<WorkOrderPriority>();
    const targets = input.targets.map((t, i) => {
      if (seen.has(t.priority)) throw new DomainError('INVALID_INPUT', { detail: `targets[${i}]: ${t.priority} appears twice` });
      seen.add(t.priority);
      const responseMinutes = requirePositiveInt(`targets[${i}].responseMinutes`, t.responseMinutes);
      const resolutionMinutes = requirePositiveInt(`targets[${i}].resolutionMinutes`, t.resolutionMinutes);
      if (resolutionMinutes > MAX_SLA_MINUTES) throw new DomainError('INVALID_INPUT', { detail: `targets[${i}].resolutionMinutes > ${MAX_SLA_MINUTES}` });
      if (responseMinutes > resolutionMinutes) {
        throw new DomainError('INVALID_DATE_RANGE', {
          field: `targets[${i}].responseMinutes`,
          value: responseMinutes,
          relationZh: '不大于',
          relation: 'at most',
          other: 'resolutionMinutes',
          otherValue: resolutionMinutes,
        });
      }
      return { priority: t.priority, responseMinutes, resolutionMinutes };
    });

    return this.unitOfWork.run(async (manager) => {
      await this.directory.requireCampus(manager, campusId);
      const before = await this.targets.minutesFor(manager, campusId);
      const at = new Date();
      for (const t of targets) {
        await manager.upsert(SlaTargetRow, { campusId, ...t, updatedAt: at, updatedBy: identity.subject }, ['campusId', 'priority']);
      }
      const after = await this.targets.minutesFor(manager, campusId);
      await this.changes.record(manager, identity, {
        audit: { action: 'sla_target.set', entityType: 'SlaTarget', entityId: campusId, campusId, before, after },
        events: [
          changeEvent(
            SlaTargetsChangedV1,
            {
              campusId,
              targets: Object.values(WorkOrderPriority).map((priority) => ({
                priority,
                responseMinutes: after[priority].response,
                resolutionMinutes: after[priority].resolution,
              })),
              occurredAt: at.toISOString(),
              actor: { subject: identity.subject, staffId: identity.staffId, name: identity.name },
            },
            campusId,
          ),
        ],
      });
      return after;
    });
  }
}
