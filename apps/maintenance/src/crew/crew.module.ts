import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { WorkOrderModule } from '../work-order/work-order.module';
import { CrewResolver } from './crew.resolver';
import { CrewRepository } from './crew.repository';
import { RecordTechnicianCertificate } from './record-technician-certificate.use-case';
import { ScheduleDutyShifts } from './schedule-duty-shifts.use-case';
import { CancelDutyShift } from './cancel-duty-shift.use-case';
import { SuggestTechniciansQuery } from './suggest-technicians.query';

/** Technicians' licences (持证上岗), the duty roster (排班 / 值班) and technician suggestions for dispatch. */
@Module({
  // The suggestions read the order with the work orders' own campus-scoped lookup (WorkOrderRepository).
  imports: [OrgReplicaModule, WorkOrderModule],
  providers: [CrewResolver, CrewRepository, RecordTechnicianCertificate, ScheduleDutyShifts, CancelDutyShift, SuggestTechniciansQuery],
})
export class CrewModule {}
