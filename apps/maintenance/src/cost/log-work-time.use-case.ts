import { Injectable } from '@nestjs/common';
import { WorkTimeLoggedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { DomainError, forbidden, optionalIsoDate, optionalText, optionalUuid, requirePositiveInt } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { requireNotInFuture } from '../asset/asset-dates';
import { chinaToday } from '@houqin/platform-calendar';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { WorkOrderStatus } from '../work-order/work-order-status';
import { isSupervisor } from '../work-order/work-order-permissions';
import { WorkOrderRepository } from '../work-order/work-order.repository';
import { WorkOrderTimeLogRow } from './cost.entity';
import { LogWorkTimeInput } from './cost.inputs';
import { LabourRates } from './labour-rates';

const S = WorkOrderStatus;
/** Time is logged once work has begun, and until the order is closed. */
const LOGGABLE = [S.ACCEPTED, S.IN_PROGRESS, S.COMPLETED, S.SIGNED_OFF];
const MAX_MINUTES = 24 * 60;

/** 工时: a technician logs their time on an order (or a supervisor logs a helper's); the order's labour total follows. */
@Injectable()
export class LogWorkTime {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly workOrders: WorkOrderRepository,
    private readonly directory: OrgDirectoryReplica,
    private readonly labour: LabourRates,
  ) {}

  execute(identity: Identity, input: LogWorkTimeInput): Promise<WorkOrderTimeLogRow> {
    const minutes = requirePositiveInt('minutes', input.minutes);
    if (minutes > MAX_MINUTES) throw new DomainError('INVALID_INPUT', { detail: `minutes above ${MAX_MINUTES} in one entry` });
    const staffId = optionalUuid('staffId', input.staffId) ?? identity.staffId;
    if (!staffId) throw new DomainError('TEXT_REQUIRED', { field: 'staffId' });
    if (staffId !== identity.staffId && !isSupervisor(identity)) throw forbidden();
    const today = chinaToday(new Date());
    const workedOn = requireNotInFuture('workedOn', optionalIsoDate('workedOn', input.workedOn) ?? today, today);
    const note = optionalText('note', input.note, 500);

    return this.unitOfWork.run(async (manager) => {
      const order = await this.workOrders.findVisible(identity, input.workOrderId, manager, true);
      if (!LOGGABLE.includes(order.status)) throw new DomainError('TIME_LOG_NOT_ALLOWED', { number: order.number, status: order.status });
      if (workedOn < chinaToday(order.submittedAt)) {
        throw new DomainError('INVALID_DATE_RANGE', {
          field: 'workedOn',
          value: workedOn,
          relationZh: '不早于',
          relation: 'on or after',
          other: 'submittedAt',
          otherValue: chinaToday(order.submittedAt),
        });
      }
      await this.directory.requireStaff(manager, staffId, order.campusId);
      const before = { labourMinutes: order.labourMinutes };
      const log = await this.labour.logTime(manager, identity, order, { staffId, minutes, workedOn, note });
      order.labourMinutes = (order.labourMinutes ?? 0) + minutes;
      await manager.update(WorkOrderRow, { id: order.id }, { labourMinutes: order.labourMinutes });
      await this.changes.record(manager, identity, {
        audit: { action: 'work_order.log_time', entityType: 'WorkOrder', entityId: order.id, campusId: order.campusId, before, after: log },
        events: [
          changeEvent(
            WorkTimeLoggedV1,
            {
              timeLogId: log.id,
              workOrderId: order.id,
              campusId: order.campusId,
              departmentId: order.departmentId,
              staffId,
              workedOn,
              minutes,
              fenPerHour: log.fenPerHour,
              costFen: log.costFen,
              occurredAt: log.loggedAt.toISOString(),
              actor: { subject: identity.subject, staffId: identity.staffId, name: identity.name },
            },
            order.id,
          ),
        ],
      });
      return log;
    });
  }
}
