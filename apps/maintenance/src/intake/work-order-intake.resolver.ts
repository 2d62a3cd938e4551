import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { batchLoad, groupBy, RequestContext } from '@houqin/platform-graphql';
import { DataSource } from 'typeorm';
import { WorkOrder } from '../work-order/work-order.model';
import { WorkOrderIntakeRow } from './intake.entity';
import { DuplicateReport, IncompleteIntake, IntakeAnswer, toDuplicateReport, toWorkOrderPhoto, WorkOrderPhoto } from './intake.model';
import { duplicateReportsOf, intakesOf, photosOf } from './intake.repository';

/** What the reporter told us on the work order: answers, whether the ticket was complete, photos, repeated reports. */
@Resolver(() => WorkOrder)
export class WorkOrderIntakeResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => [IntakeAnswer], { description: "Answers to the category's intake questions; empty for PM and round orders." })
  async intakeAnswers(@Parent() order: WorkOrder, @Context() context: RequestContext): Promise<IntakeAnswer[]> {
    return (await this.intake(order, context))?.answers ?? [];
  }

  @ResolveField(() => IncompleteIntake, { nullable: true, description: 'Required questions left unanswered; null when the ticket was complete.' })
  async incompleteIntake(@Parent() order: WorkOrder, @Context() context: RequestContext): Promise<IncompleteIntake | null> {
    const intake = await this.intake(order, context);
    return intake?.missingKeys.length ? { missingKeys: intake.missingKeys } : null;
  }

  @ResolveField(() => [WorkOrderPhoto], { description: 'Photos of the fault, oldest first.' })
  async photos(@Parent() order: WorkOrder, @Context() context: RequestContext): Promise<WorkOrderPhoto[]> {
    const rows = await batchLoad(context, 'workOrderPhotos', order.id, async (ids) =>
      groupBy(await photosOf(this.dataSource.manager, ids), (r) => r.workOrderId),
    );
    return (rows ?? []).map(toWorkOrderPhoto);
  }

  @ResolveField(() => [DuplicateReport], { description: '重复报修: the same fault reported again while this order was open, oldest first.' })
  async duplicateReports(@Parent() order: WorkOrder, @Context() context: RequestContext): Promise<DuplicateReport[]> {
    const rows = await batchLoad(context, 'workOrderDuplicateReports', order.id, async (ids) =>
      groupBy(await duplicateReportsOf(this.dataSource.manager, ids), (r) => r.workOrderId),
    );
    return (rows ?? []).map(toDuplicateReport);
  }

  private intake(order: WorkOrder, context: RequestContext): Promise<WorkOrderIntakeRow | undefined> {
    return batchLoad(
      context,
      'workOrderIntake',
      order.id,
      async (ids) => new Map((await intakesOf(this.dataSource.manager, ids)).map((r) => [r.workOrderId, r])),
    );
  }
}
