import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Identity } from '@houqin/platform-auth';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { CurrentIdentity, Page, PageArgs, Roles } from '@houqin/platform-graphql';
import { DepartmentRef } from '@houqin/platform-entity-refs';
import { CHARGE_READERS, STOCK_KEEPERS, STOCK_READERS } from '../materials.roles';
import { StockReturnRepository } from '../stock-return/stock-return.repository';
import { chargeMonthRange, netMonthlyCharge } from './charge-month';
import { IssueStock } from './issue-stock.use-case';
import { IssueStockInput } from './stock-issue.inputs';
import { DepartmentCharges, StockIssue, StockIssueConnection, StockShortage, StockShortageConnection, WorkOrderRef } from './stock-issue.model';
import { StockIssueRepository } from './stock-issue.repository';

@Resolver(() => StockIssue)
export class StockIssueResolver {
  constructor(
    private readonly stockIssueRepository: StockIssueRepository,
    private readonly issueStockUseCase: IssueStock,
    private readonly stockReturnRepository: StockReturnRepository,
  ) {}

  @Query(() => StockIssueConnection, { description: '出库单 of the caller’s campuses, optionally by warehouse, department or work order.' })
  @Roles(...STOCK_READERS)
  stockIssues(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('warehouseId', { type: () => ID, nullable: true }) warehouseId?: string | null,
    @Args('departmentId', { type: () => ID, nullable: true }) departmentId?: string | null,
    @Args('workOrderId', { type: () => ID, nullable: true }) workOrderId?: string | null,
  ): Promise<Page<StockIssue>> {
    const filter = {
      warehouseId: optionalUuid('warehouseId', warehouseId),
      departmentId: optionalUuid('departmentId', departmentId),
      workOrderId: optionalUuid('workOrderId', workOrderId),
    };
    return this.stockIssueRepository.page(identity, filter, page);
  }

  @Query(() => StockShortageConnection, { description: '缺货: issues stock could not meet, newest last.' })
  @Roles(...STOCK_READERS)
  stockShortages(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('warehouseId', { type: () => ID, nullable: true }) warehouseId?: string | null,
  ): Promise<Page<StockShortage>> {
    return this.stockIssueRepository.shortages(identity, optionalUuid('warehouseId', warehouseId), page);
  }

  @Query(() => DepartmentCharges, { description: 'What a department was charged for stock in a month (Beijing time), net of its returns, for 计财科.' })
  @Roles(...CHARGE_READERS)
  async departmentCharges(
    @CurrentIdentity() identity: Identity,
    @Args('departmentId', { type: () => ID }) departmentId: string,
    @Args('month', { type: () => String, description: 'YYYY-MM' }) month: string,
  ): Promise<DepartmentCharges> {
    const id = requireUuid('departmentId', departmentId);
    const period = chargeMonthRange(month);
    const [issues, returns] = await Promise.all([
      this.stockIssueRepository.forDepartment(identity, id, period),
      this.stockReturnRepository.forDepartment(identity, id, period),
    ]);
    return { departmentId: id, department: { id }, month, ...netMonthlyCharge(issues, returns), issues, returns };
  }

  @Mutation(() => StockIssue, { description: '出库: issue stock FIFO to a department; all lines or none (INSUFFICIENT_STOCK).' })
  @Roles(...STOCK_KEEPERS)
  async issueStock(@CurrentIdentity() identity: Identity, @Args('input') input: IssueStockInput): Promise<StockIssue> {
    const row = await this.issueStockUseCase.execute(identity, input);
    const issue = await this.stockIssueRepository.findById(identity, row.id);
    if (!issue) throw notFound('StockIssue', row.id);
    return issue;
  }

  @ResolveField(() => DepartmentRef)
  department(@Parent() issue: StockIssue): DepartmentRef {
    return { id: issue.departmentId };
  }

  @ResolveField(() => WorkOrderRef, { nullable: true })
  workOrder(@Parent() issue: StockIssue): WorkOrderRef | null {
    return issue.workOrderId ? { id: issue.workOrderId } : null;
  }
}
