import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { WorkOrderResolver } from './work-order.resolver';
import { WorkOrderRepository } from './work-order.repository';
import { SubmitRepairRequest } from './submit-repair-request.use-case';
import { DispatchWorkOrder } from './dispatch-work-order.use-case';
import { AcceptWorkOrder } from './accept-work-order.use-case';
import { StartWorkOrder } from './start-work-order.use-case';
import { CompleteWorkOrder } from './complete-work-order.use-case';
import { SignOffWorkOrder } from './sign-off-work-order.use-case';
import { CloseWorkOrder } from './close-work-order.use-case';
import { CancelWorkOrder } from './cancel-work-order.use-case';
import { ReopenWorkOrder } from './reopen-work-order.use-case';
import { PauseWorkOrderClock } from './pause-work-order-clock.use-case';
import { ResumeWorkOrderClock } from './resume-work-order-clock.use-case';
import { SetSlaTargets } from './set-sla-targets.use-case';
import { SetRoutingRules } from './set-routing-rules.use-case';
import { SlaTargets } from './sla-targets';
import { SlaEscalationJob } from './sla-escalation.job';
import { WorkOrderIntake } from './work-order-intake';
import { InspectionItemFailedHandler } from './inspection-item-failed.handler';

@Module({
  imports: [OrgReplicaModule],
  providers: [
    WorkOrderResolver,
    WorkOrderRepository,
    SubmitRepairRequest,
    DispatchWorkOrder,
    AcceptWorkOrder,
    StartWorkOrder,
    CompleteWorkOrder,
    SignOffWorkOrder,
    CloseWorkOrder,
    CancelWorkOrder,
    ReopenWorkOrder,
    PauseWorkOrderClock,
    ResumeWorkOrderClock,
    SetSlaTargets,
    SetRoutingRules,
    SlaTargets,
    SlaEscalationJob,
    WorkOrderIntake,
    InspectionItemFailedHandler,
  ],
  exports: [WorkOrderRepository, WorkOrderIntake, SlaTargets, PauseWorkOrderClock, ResumeWorkOrderClock],
})
export class WorkOrderModule {}
