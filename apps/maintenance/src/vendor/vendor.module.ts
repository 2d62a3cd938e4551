import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { WorkOrderModule } from '../work-order/work-order.module';
import { CallVendor } from './call-vendor.use-case';
import { CancelVendorCall } from './cancel-vendor-call.use-case';
import { CreateVendorContract } from './create-vendor-contract.use-case';
import { FinishVendorCall } from './finish-vendor-call.use-case';
import { RecordVendorArrival } from './record-vendor-arrival.use-case';
import { RegisterVendor } from './register-vendor.use-case';
import { UpdateVendor } from './update-vendor.use-case';
import { VendorCallResolver } from './vendor-call.resolver';
import { VendorClock } from './vendor-clock';
import { VendorSlaComplianceQuery } from './vendor-sla-compliance.query';
import { VendorRepository } from './vendor.repository';
import { VendorResolver } from './vendor.resolver';
import { WorkOrderVendorCallsResolver } from './work-order-vendor-calls.resolver';

/** Vendors (维保单位), their service contracts and SLA, calls to them for work orders (外请) and their compliance. */
@Module({
  // Calls read and lock orders through the work orders' own repository and pause / resume their clocks.
  imports: [OrgReplicaModule, WorkOrderModule],
  providers: [
    VendorResolver,
    VendorCallResolver,
    WorkOrderVendorCallsResolver,
    VendorRepository,
    VendorClock,
    VendorSlaComplianceQuery,
    RegisterVendor,
    UpdateVendor,
    CreateVendorContract,
    CallVendor,
    RecordVendorArrival,
    FinishVendorCall,
    CancelVendorCall,
  ],
})
export class VendorModule {}
