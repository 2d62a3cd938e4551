import { Context, Int, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { STAFF_ROLES } from '@houqin/platform-auth';
import type { Identity } from '@houqin/platform-auth';
import { requireUuid } from '@houqin/platform-errors';
import { batchLoad, CurrentIdentity, RequestContext, Roles } from '@houqin/platform-graphql';
import { StockIssue, WorkOrderRef } from './stock-issue.model';
import { StockIssueRepository } from './stock-issue.repository';

/** Adds what materials knows about a work order (parts issued and their cost) to the maintenance entity. */
@Resolver(() => WorkOrderRef)
export class WorkOrderStockIssuesResolver {
  constructor(private readonly stockIssueRepository: StockIssueRepository) {}

  @ResolveReference()
  @Roles(...STAFF_ROLES)
  resolveReference(reference: { id: string }): WorkOrderRef {
    return { id: requireUuid('id', reference.id) };
  }

  @ResolveField(() => [StockIssue], { description: 'Stock issued for this work order (the caller’s campuses only).' })
  stockIssues(@Parent() workOrder: WorkOrderRef, @CurrentIdentity() identity: Identity, @Context() context: RequestContext): Promise<StockIssue[]> {
    return this.issuesOf(workOrder, identity, context);
  }

  @ResolveField(() => Int, { description: 'Cost of the parts issued for this work order, in fen (分).' })
  async partsCostFen(@Parent() workOrder: WorkOrderRef, @CurrentIdentity() identity: Identity, @Context() context: RequestContext): Promise<number> {
    return (await this.issuesOf(workOrder, identity, context)).reduce((total, issue) => total + issue.totalCostFen, 0);
  }

  /** One batch per request for every work order in the response, shared by both fields. */
  private async issuesOf(workOrder: WorkOrderRef, identity: Identity, context: RequestContext): Promise<StockIssue[]> {
    return (await batchLoad(context, 'workOrderStockIssues', workOrder.id, (ids) => this.stockIssueRepository.forWorkOrders(identity, ids))) ?? [];
  }
}
