import { MaterialsRole } from '@houqin/contracts';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CampusScope, Role } from '@houqin/platform-auth';
import type { Identity } from '@houqin/platform-auth';
import { forbidden, notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { CurrentIdentity, Page, PageArgs, Roles } from '@houqin/platform-graphql';
import { DataSource } from 'typeorm';
import { ApproveRequisition } from './approve-requisition.use-case';
import { CancelRequisition } from './cancel-requisition.use-case';
import { CloseRequisitionBackorder } from './close-requisition-backorder.use-case';
import { GrantRequisitionExchangeExemption } from './grant-requisition-exchange-exemption.use-case';
import { IssueRequisition } from './issue-requisition.use-case';
import { RejectRequisition } from './reject-requisition.use-case';
import { REQUISITION_LIFECYCLE, RequisitionAction, RequisitionStatus } from './requisition-lifecycle';
import { callerOf } from './requisition-steps';
import {
  ApproveRequisitionInput,
  GrantExchangeExemptionInput,
  IssueRequisitionInput,
  SetRequisitionPolicyInput,
  SubmitRequisitionInput,
} from './requisition.inputs';
import { Requisition, RequisitionConnection, RequisitionPolicy } from './requisition.model';
import { RequisitionRepository } from './requisition.repository';
import { SetRequisitionPolicy } from './set-requisition-policy.use-case';
import { SubmitRequisition } from './submit-requisition.use-case';

/** Everyone who takes part in requisitions; what each sees is narrowed in the repository (campus or own department). */
const REQUISITION_READERS = [
  Role.GROUP_ADMIN,
  Role.ANALYST,
  Role.CAMPUS_ADMIN,
  MaterialsRole.STOREKEEPER,
  MaterialsRole.MATERIALS_MANAGER,
  MaterialsRole.PLANNER,
  Role.DEPARTMENT_HEAD,
  Role.REQUESTER,
];
/** Clinical staff for their own department; campus admins entering paper forms (补录). */
const REQUESTERS = [Role.REQUESTER, Role.DEPARTMENT_HEAD, Role.CAMPUS_ADMIN, Role.GROUP_ADMIN];

@Resolver(() => Requisition)
export class RequisitionResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requisitionRepository: RequisitionRepository,
    private readonly submitRequisitionUseCase: SubmitRequisition,
    private readonly approveRequisitionUseCase: ApproveRequisition,
    private readonly rejectRequisitionUseCase: RejectRequisition,
    private readonly cancelRequisitionUseCase: CancelRequisition,
    private readonly issueRequisitionUseCase: IssueRequisition,
    private readonly closeRequisitionBackorderUseCase: CloseRequisitionBackorder,
    private readonly grantRequisitionExchangeExemptionUseCase: GrantRequisitionExchangeExemption,
    private readonly setRequisitionPolicyUseCase: SetRequisitionPolicy,
  ) {}

  @Query(() => RequisitionConnection, {
    description: '申领单: the caller’s campuses’ (store, materials office, admins) or their own department’s (clinical staff, heads), oldest first.',
  })
  @Roles(...REQUISITION_READERS)
  async requisitions(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('campusId', { type: () => ID, nullable: true }) campusId?: string | null,
    @Args('departmentId', { type: () => ID, nullable: true }) departmentId?: string | null,
    @Args('status', { type: () => RequisitionStatus, nullable: true }) status?: RequisitionStatus | null,
  ): Promise<Page<Requisition>> {
    const filter = { campusId: optionalUuid('campusId', campusId), departmentId: optionalUuid('departmentId', departmentId), status: status ?? null };
    return this.requisitionRepository.page(await callerOf(this.dataSource.manager, identity), filter, page);
  }

  @Query(() => Requisition, { description: 'One requisition with its lines (requested, approved, issued, outstanding), history and issues.' })
  @Roles(...REQUISITION_READERS)
  requisition(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Requisition> {
    return this.load(identity, requireUuid('id', id));
  }

  @Query(() => RequisitionPolicy, {
    nullable: true,
    description: 'A campus’s approval policy; null when it has none (everything goes to the materials office).',
  })
  @Roles(...REQUISITION_READERS)
  requisitionPolicy(@CurrentIdentity() identity: Identity, @Args('campusId', { type: () => ID }) campusId: string): Promise<RequisitionPolicy | null> {
    const id = requireUuid('campusId', campusId);
    if (!CampusScope.of(identity).allows(id)) throw forbidden();
    return this.requisitionRepository.policy(id);
  }

  @Mutation(() => Requisition, { description: '科室申领: ask the campus warehouse for items for your department; it waits for the head of the department.' })
  @Roles(...REQUESTERS)
  async submitRequisition(@CurrentIdentity() identity: Identity, @Args('input') input: SubmitRequisitionInput): Promise<Requisition> {
    return this.load(identity, (await this.submitRequisitionUseCase.execute(identity, input)).id);
  }

  @Mutation(() => Requisition, {
    description:
      'Approve the current step: the head of the department, then the materials office unless the campus policy skips it. Never your own, never both steps.',
  })
  @Roles(...REQUISITION_LIFECYCLE.roles(RequisitionAction.APPROVE_DEPARTMENT, RequisitionAction.APPROVE_MATERIALS_OFFICE))
  async approveRequisition(@CurrentIdentity() identity: Identity, @Args('input') input: ApproveRequisitionInput): Promise<Requisition> {
    return this.load(identity, (await this.approveRequisitionUseCase.execute(identity, input)).id);
  }

  @Mutation(() => Requisition, { description: '驳回: turn the requisition down at the current step, with a reason.' })
  @Roles(...REQUISITION_LIFECYCLE.roles(RequisitionAction.REJECT))
  async rejectRequisition(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<Requisition> {
    return this.load(identity, (await this.rejectRequisitionUseCase.execute(identity, id, reason)).id);
  }

  @Mutation(() => Requisition, { description: '取消: the department withdraws a requisition before anything is issued.' })
  @Roles(...REQUISITION_LIFECYCLE.roles(RequisitionAction.CANCEL))
  async cancelRequisition(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<Requisition> {
    return this.load(identity, (await this.cancelRequisitionUseCase.execute(identity, id, reason)).id);
  }

  @Mutation(() => Requisition, {
    description: '按申领单发放: issue some or all of what is outstanding as an 出库单 (all or nothing on shortage); durable items new-for-old (领新交旧).',
  })
  @Roles(...REQUISITION_LIFECYCLE.roles(RequisitionAction.ISSUE))
  async issueRequisition(@CurrentIdentity() identity: Identity, @Args('input') input: IssueRequisitionInput): Promise<Requisition> {
    return this.load(identity, (await this.issueRequisitionUseCase.execute(identity, input)).id);
  }

  @Mutation(() => Requisition, { description: '结案: stop waiting for the rest of a partly issued requisition (the store or the department).' })
  @Roles(...REQUISITION_LIFECYCLE.roles(RequisitionAction.CLOSE_BACKORDER))
  async closeRequisitionBackorder(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<Requisition> {
    return this.load(identity, (await this.closeRequisitionBackorderUseCase.execute(identity, id, reason)).id);
  }

  @Mutation(() => Requisition, { description: '领新交旧 exemption (materials office): units of a durable line that may go out without an old one.' })
  @Roles(...REQUISITION_LIFECYCLE.roles(RequisitionAction.GRANT_EXCHANGE_EXEMPTION))
  async grantRequisitionExchangeExemption(@CurrentIdentity() identity: Identity, @Args('input') input: GrantExchangeExemptionInput): Promise<Requisition> {
    return this.load(identity, (await this.grantRequisitionExchangeExemptionUseCase.execute(identity, input)).id);
  }

  @Mutation(() => RequisitionPolicy, { description: '审批权限: what the campus’s department heads may approve without the materials office.' })
  @Roles(Role.CAMPUS_ADMIN, Role.GROUP_ADMIN)
  setRequisitionPolicy(@CurrentIdentity() identity: Identity, @Args('input') input: SetRequisitionPolicyInput): Promise<RequisitionPolicy> {
    return this.setRequisitionPolicyUseCase.execute(identity, input);
  }

  private async load(identity: Identity, id: string): Promise<Requisition> {
    const requisition = await this.requisitionRepository.findById(await callerOf(this.dataSource.manager, identity), id);
    if (!requisition) throw notFound('Requisition', id);
    return requisition;
  }
}
