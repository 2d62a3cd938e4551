import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Identity } from '@houqin/platform-auth';
import { requireCampusInScope } from '@houqin/platform-database';
import { notFound, requireUuid } from '@houqin/platform-errors';
import { CurrentIdentity, Page, PageArgs, Roles } from '@houqin/platform-graphql';
import { DecidePriceException } from './decide-price-exception.use-case';
import { PRICE_EXCEPTION_LIFECYCLE, PriceExceptionAction, PriceExceptionStatus } from './price-exception-rules';
import { PriceExceptionRepository } from './price-exception.repository';
import { RequestPriceException } from './request-price-exception.use-case';
import { CONTRACT_READERS, PRICE_EXCEPTION_REQUESTERS } from './supplier-roles';
import { RequestPriceExceptionInput } from './supplier.inputs';
import { PriceException, PriceExceptionConnection } from './supplier.model';

@Resolver(() => PriceException)
export class PriceExceptionResolver {
  constructor(
    private readonly exceptions: PriceExceptionRepository,
    private readonly requestPriceExceptionUseCase: RequestPriceException,
    private readonly decidePriceExceptionUseCase: DecidePriceException,
  ) {}

  @Query(() => PriceExceptionConnection, { description: '超合同价例外 of the caller’s campuses, oldest first.' })
  @Roles(...CONTRACT_READERS)
  priceExceptions(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('status', { type: () => PriceExceptionStatus, nullable: true }) status?: PriceExceptionStatus | null,
    @Args('campusId', { type: () => ID, nullable: true }) campusId?: string | null,
  ): Promise<Page<PriceException>> {
    return this.exceptions.page(identity, { status: status ?? null, campusId: campusId == null ? null : requireCampusInScope(identity, campusId) }, page);
  }

  @Query(() => PriceException)
  @Roles(...CONTRACT_READERS)
  priceException(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<PriceException> {
    return this.load(identity, requireUuid('id', id));
  }

  @Mutation(() => PriceException, {
    description: '超合同价例外申请: leave to buy above the contract price, or off contract (合同外采购); someone else in the materials office decides.',
  })
  @Roles(...PRICE_EXCEPTION_REQUESTERS)
  async requestPriceException(@CurrentIdentity() identity: Identity, @Args('input') input: RequestPriceExceptionInput): Promise<PriceException> {
    return this.load(identity, (await this.requestPriceExceptionUseCase.execute(identity, input)).id);
  }

  @Mutation(() => PriceException, { description: 'Approve: one purchase order may use it within 30 days. Never your own request.' })
  @Roles(...PRICE_EXCEPTION_LIFECYCLE.roles(PriceExceptionAction.APPROVE))
  async approvePriceException(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('comment', { type: () => String, nullable: true }) comment?: string | null,
  ): Promise<PriceException> {
    return this.load(identity, (await this.decidePriceExceptionUseCase.approve(identity, id, comment)).id);
  }

  @Mutation(() => PriceException, { description: '驳回, with a reason. Never your own request.' })
  @Roles(...PRICE_EXCEPTION_LIFECYCLE.roles(PriceExceptionAction.REJECT))
  async rejectPriceException(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<PriceException> {
    return this.load(identity, (await this.decidePriceExceptionUseCase.reject(identity, id, reason)).id);
  }

  private async load(identity: Identity, id: string): Promise<PriceException> {
    const exception = await this.exceptions.findById(identity, id);
    if (!exception) throw notFound('PriceException', id);
    return exception;
  }
}
