import { Int, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { ALL_ROLES } from '@houqin/platform-auth';
import type { Identity } from '@houqin/platform-auth';
import { requireUuid } from '@houqin/platform-errors';
import { CurrentIdentity, Roles } from '@houqin/platform-graphql';
import { StockIssue, WorkOrderRef } from './stock-issue.model';
import { StockIssueRepository } from './stock-issue.repository';

/** Adds what materials knows about a work order (parts issued and their cost) to the maintenance entity. */
@Resolver(() => WorkOrderRef)
export class WorkOrderResolver {
  constructor(private readonly stockIssueRepository: StockIssueRepository) {}

  @ResolveReference()
  @Roles(...ALL_ROLES)
  resolveReference(reference: { id: string }): WorkOrderRef {
    return { id: requireUuid('id', reference.id) };
  }

  @ResolveField(() => [StockIssue], { description: 'Stock issued for this work order (the caller’s campuses only).' })
  stockIssues(@Parent() workOrder: WorkOrderRef, @CurrentIdentity() identity: Identity): Promise<StockIssue[]> {
    return this.stockIssueRepository.forWorkOrder(identity, workOrder.id);
  }

  @ResolveField(() => Int, { description: 'Cost of the parts issued for this work order, in fen (分).' })
  partsCostFen(@Parent() workOrder: WorkOrderRef, @CurrentIdentity() identity: Identity): Promise<number> {
    return this.stockIssueRepository.costOfWorkOrder(identity, workOrder.id);
  }
}
