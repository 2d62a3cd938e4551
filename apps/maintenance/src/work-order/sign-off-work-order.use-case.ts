import { Injectable } from '@nestjs/common';
import { WorkOrderSignedOffV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { DomainError, optionalText } from '@houqin/platform-errors';
import { WORK_ORDER_LIFECYCLE, WorkOrderAction } from './work-order-lifecycle';
import { SignOffWorkOrderInput } from './work-order.inputs';
import { WorkOrderRepository } from './work-order.repository';
import { workOrderFacts, workOrderStep } from './work-order-transitions';

/** 维修签单: the requester confirms the repair, with an optional rating (1–5) and comment for the satisfaction figures. */
@Injectable()
export class SignOffWorkOrder {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: WorkOrderRepository,
  ) {}

  execute(identity: Identity, input: SignOffWorkOrderInput) {
    const rating = input.rating ?? null;
    if (rating !== null && (!Number.isInteger(rating) || rating < 1 || rating > 5)) throw new DomainError('INVALID_INPUT', { detail: 'rating must be 1-5' });
    const comment = optionalText('comment', input.comment, 2000);
    return this.transitions.run(identity, WORK_ORDER_LIFECYCLE, {
      ...workOrderStep(this.repository, identity, input.workOrderId, comment),
      action: WorkOrderAction.SIGN_OFF,
      apply: (row, at) => {
        row.signedOffAt = at;
        row.rating = rating;
        row.feedback = comment;
      },
      event: { contract: WorkOrderSignedOffV1, data: (row, at) => ({ ...workOrderFacts(row, identity, at), rating, comment }) },
    });
  }
}
