import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { UnitOfWork } from '@houqin/platform-events';
import { WorkOrderRow } from './work-order.entity';
import { SubmitRepairRequestInput } from './work-order.inputs';
import { checkRepairRequest, WorkOrderIntake } from './work-order-intake';
import { WorkOrderSource } from './work-order-source';

/** 报修 at the console: anyone on the campus reports a fault where it is, or on the asset at fault. */
@Injectable()
export class SubmitRepairRequest {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly intake: WorkOrderIntake,
  ) {}

  execute(identity: Identity, input: SubmitRepairRequestInput): Promise<WorkOrderRow> {
    const request = checkRepairRequest(input, WorkOrderSource.CONSOLE);
    return this.unitOfWork.run((manager) => this.intake.open(manager, identity, request));
  }
}
