import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { HygieneRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { HYGIENE_READERS } from '../hygiene.roles';
import { AssignCleaningTask } from './assign-cleaning-task.use-case';
import { CancelCleaningTask } from './cancel-cleaning-task.use-case';
import { CleaningKpiQuery } from './cleaning-kpi.query';
import { CLEANING_DISPATCHERS } from './cleaning-task-lifecycle';
import {
  AssignCleaningTaskInput,
  CancelCleaningTaskInput,
  CleaningTasksArgs,
  FinishCleaningTaskInput,
  ReportCleaningNeedInput,
  SetCleaningSlaInput,
  StartCleaningTaskInput,
} from './cleaning-task.inputs';
import { CleaningKpis, CleaningTask, CleaningTaskConnection, RoomLabel, toCleaningTask } from './cleaning-task.model';
import { CleaningTaskRepository } from './cleaning-task.repository';
import { FinishCleaningTask } from './finish-cleaning-task.use-case';
import { ReportCleaningNeed } from './report-cleaning-need.use-case';
import { RoomLabelQuery } from './room-label.query';
import { SetCleaningSla } from './set-cleaning-sla.use-case';
import { StartCleaningTask } from './start-cleaning-task.use-case';

/** Who may ask for a clean: the wards, infection control, the cleaning office. */
const REPORTERS = [Role.REQUESTER, Role.DEPARTMENT_HEAD, HygieneRole.INFECTION_CONTROL, ...CLEANING_DISPATCHERS];

@Resolver(() => CleaningTask)
export class CleaningTaskResolver {
  constructor(
    private readonly repository: CleaningTaskRepository,
    private readonly kpis: CleaningKpiQuery,
    private readonly roomLabels: RoomLabelQuery,
    private readonly reportCleaningNeedUseCase: ReportCleaningNeed,
    private readonly assignCleaningTaskUseCase: AssignCleaningTask,
    private readonly startCleaningTaskUseCase: StartCleaningTask,
    private readonly finishCleaningTaskUseCase: FinishCleaningTask,
    private readonly cancelCleaningTaskUseCase: CancelCleaningTask,
    private readonly setCleaningSlaUseCase: SetCleaningSla,
  ) {}

  @Query(() => CleaningTaskConnection, { description: 'cleaning tasks of the campuses the caller may see (mine: a cleaner’s own list)' })
  @Roles(...HYGIENE_READERS)
  cleaningTasks(@CurrentIdentity() identity: Identity, @Args() args: CleaningTasksArgs): Promise<Page<CleaningTask>> {
    return this.repository.list(identity, args, toCleaningTask);
  }

  @Query(() => CleaningTask)
  @Roles(...HYGIENE_READERS)
  async cleaningTask(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<CleaningTask> {
    return toCleaningTask(await this.repository.findVisible(identity, id));
  }

  @Query(() => CleaningKpis, { description: 'terminal-clean turnaround per ward and SLA compliance, for a Beijing calendar month' })
  @Roles(...HYGIENE_READERS)
  cleaningKpis(@CurrentIdentity() identity: Identity, @Args('campusId', { type: () => ID }) campusId: string, @Args('month') month: string): Promise<CleaningKpis> {
    return this.kpis.compute(identity, campusId, month);
  }

  @Query(() => [RoomLabel], { description: "the room labels of a ward's rooms (and of its beds hanging under it), to print" })
  @Roles(...CLEANING_DISPATCHERS)
  cleaningRoomLabels(@CurrentIdentity() identity: Identity, @Args('wardId', { type: () => ID }) wardId: string): Promise<RoomLabel[]> {
    return this.roomLabels.forWard(identity, wardId);
  }

  /** Called by Apollo as (reference, context): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<CleaningTask | null> {
    if (!context.identity) return null;
    return toCleaningTask(await this.repository.findVisible(context.identity, reference.id));
  }

  @Mutation(() => CleaningTask, { description: 'A ward asks for a clean (spill or ad hoc); assigned at once when a cleaner fits.' })
  @Roles(...REPORTERS)
  async reportCleaningNeed(@CurrentIdentity() identity: Identity, @Args('input') input: ReportCleaningNeedInput): Promise<CleaningTask> {
    return toCleaningTask(await this.reportCleaningNeedUseCase.execute(identity, input));
  }

  @Mutation(() => CleaningTask)
  @Roles(...CLEANING_DISPATCHERS)
  async assignCleaningTask(@CurrentIdentity() identity: Identity, @Args('input') input: AssignCleaningTaskInput): Promise<CleaningTask> {
    return toCleaningTask(await this.assignCleaningTaskUseCase.execute(identity, input));
  }

  @Mutation(() => CleaningTask, { description: "The assigned cleaner scans the room's label to start." })
  @Roles(HygieneRole.CLEANER)
  async startCleaningTask(@CurrentIdentity() identity: Identity, @Args('input') input: StartCleaningTaskInput): Promise<CleaningTask> {
    return toCleaningTask(await this.startCleaningTaskUseCase.execute(identity, input));
  }

  @Mutation(() => CleaningTask, { description: 'The cleaner scans the label again with the whole checklist done; a terminal clean readies the bed.' })
  @Roles(HygieneRole.CLEANER)
  async finishCleaningTask(@CurrentIdentity() identity: Identity, @Args('input') input: FinishCleaningTaskInput): Promise<CleaningTask> {
    return toCleaningTask(await this.finishCleaningTaskUseCase.execute(identity, input));
  }

  @Mutation(() => CleaningTask)
  @Roles(...CLEANING_DISPATCHERS)
  async cancelCleaningTask(@CurrentIdentity() identity: Identity, @Args('input') input: CancelCleaningTaskInput): Promise<CleaningTask> {
    return toCleaningTask(await this.cancelCleaningTaskUseCase.execute(identity, input));
  }

  @Mutation(() => Boolean, { description: "A campus's own terminal-clean deadlines (defaults 30 / 90 minutes), for tasks opened from now on." })
  @Roles(Role.CAMPUS_ADMIN, Role.GROUP_ADMIN)
  async setCleaningSla(@CurrentIdentity() identity: Identity, @Args('input') input: SetCleaningSlaInput): Promise<boolean> {
    await this.setCleaningSlaUseCase.execute(identity, input);
    return true;
  }
}
