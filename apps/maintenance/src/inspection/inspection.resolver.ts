import { MaintenanceRole } from '@houqin/contracts';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity, Role } from '@houqin/platform-auth';
import { requireCampusInScope } from '@houqin/platform-database';
import { optionalUuid } from '@houqin/platform-errors';
import { CurrentIdentity, Page, Roles } from '@houqin/platform-graphql';
import { CompleteInspectionRound } from './complete-inspection-round.use-case';
import { DeactivateInspectionRoute } from './deactivate-inspection-route.use-case';
import { DefineInspectionRoute } from './define-inspection-route.use-case';
import { DefineInspectionRouteInput, InspectionRoundsArgs, RecordCheckpointReadingInput, RoundCompletionArgs } from './inspection.inputs';
import {
  InspectionReading,
  InspectionRound,
  InspectionRoundConnection,
  InspectionRoute,
  RoundCompletion,
  toInspectionReading,
  toInspectionRound,
  toInspectionRoute,
  toRoundCompletion,
} from './inspection.model';
import { InspectionRepository } from './inspection.repository';
import { RecordCheckpointReading } from './record-checkpoint-reading.use-case';
import { reportCampuses, requirePeriod } from '../common/report-scope';
import { INSPECTION_ROUND_LIFECYCLE, RoundAction } from './round-lifecycle';
import { StartInspectionRound } from './start-inspection-round.use-case';

const { GROUP_ADMIN, CAMPUS_ADMIN, ANALYST } = Role;
const { DISPATCHER, TECHNICIAN } = MaintenanceRole;
const MAX_LIST_DAYS = 31;
const MAX_REPORT_DAYS = 366;

@Resolver()
export class InspectionResolver {
  constructor(
    private readonly repository: InspectionRepository,
    private readonly defineRouteUseCase: DefineInspectionRoute,
    private readonly deactivateRouteUseCase: DeactivateInspectionRoute,
    private readonly startRoundUseCase: StartInspectionRound,
    private readonly recordReadingUseCase: RecordCheckpointReading,
    private readonly completeRoundUseCase: CompleteInspectionRound,
  ) {}

  @Query(() => [InspectionRoute], { description: '巡检路线 of a campus, by name; the active ones unless includeInactive.' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, TECHNICIAN, ANALYST)
  async inspectionRoutes(
    @CurrentIdentity() identity: Identity,
    @Args('campusId', { type: () => ID }) campusId: string,
    @Args('includeInactive', { type: () => Boolean, defaultValue: false }) includeInactive: boolean,
  ): Promise<InspectionRoute[]> {
    return (await this.repository.routes(requireCampusInScope(identity, campusId), includeInactive)).map(toInspectionRoute);
  }

  @Query(() => InspectionRoundConnection, { description: '巡检任务 of a campus scheduled to start in [from, to), in the order they were scheduled.' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, TECHNICIAN, ANALYST)
  inspectionRounds(@CurrentIdentity() identity: Identity, @Args() args: InspectionRoundsArgs): Promise<Page<InspectionRound>> {
    const campusId = requireCampusInScope(identity, args.campusId);
    requirePeriod(args.from, args.to, MAX_LIST_DAYS);
    return this.repository.rounds(campusId, args, toInspectionRound);
  }

  @Query(() => InspectionRound, { description: 'One round of a campus the caller may see, with its checkpoints and readings.' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, TECHNICIAN, ANALYST)
  async inspectionRound(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<InspectionRound> {
    return toInspectionRound(await this.repository.findVisibleRound(identity, id));
  }

  @Query(() => [RoundCompletion], { description: '巡检完成率 per route for the rounds scheduled in [from, to) (computed in SQL).' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, ANALYST)
  async roundCompletion(@CurrentIdentity() identity: Identity, @Args() args: RoundCompletionArgs): Promise<RoundCompletion[]> {
    const campusId = optionalUuid('campusId', args.campusId);
    requirePeriod(args.from, args.to, MAX_REPORT_DAYS);
    const campusIds = reportCampuses(identity, campusId);
    return (await this.repository.completion(campusIds, args.from, args.to)).map(toRoundCompletion);
  }

  @Mutation(() => InspectionRoute, { description: '定义巡检路线; its rounds are scheduled a day ahead from then on.' })
  @Roles(CAMPUS_ADMIN, GROUP_ADMIN)
  async defineInspectionRoute(@CurrentIdentity() identity: Identity, @Args('input') input: DefineInspectionRouteInput): Promise<InspectionRoute> {
    return toInspectionRoute(await this.defineRouteUseCase.execute(identity, input));
  }

  @Mutation(() => InspectionRoute, { description: '停用巡检路线, with a reason; its rounds not yet started are cancelled.' })
  @Roles(CAMPUS_ADMIN, GROUP_ADMIN)
  async deactivateInspectionRoute(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<InspectionRoute> {
    return toInspectionRoute(await this.deactivateRouteUseCase.execute(identity, id, reason));
  }

  @Mutation(() => InspectionRound, { description: "开始巡检: from 30 minutes before the round's time until it is due; the route's team or a dispatcher." })
  @Roles(...INSPECTION_ROUND_LIFECYCLE.roles(RoundAction.START))
  async startInspectionRound(@CurrentIdentity() identity: Identity, @Args('roundId', { type: () => ID }) roundId: string): Promise<InspectionRound> {
    return toInspectionRound(await this.startRoundUseCase.execute(identity, roundId));
  }

  @Mutation(() => InspectionReading, { description: '录入巡检读数, once per checkpoint; out of range opens one corrective work order.' })
  @Roles(...INSPECTION_ROUND_LIFECYCLE.roles(RoundAction.RECORD))
  async recordCheckpointReading(@CurrentIdentity() identity: Identity, @Args('input') input: RecordCheckpointReadingInput): Promise<InspectionReading> {
    return toInspectionReading(await this.recordReadingUseCase.execute(identity, input));
  }

  @Mutation(() => InspectionRound, { description: '完成巡检: every checkpoint recorded, before the round is due.' })
  @Roles(...INSPECTION_ROUND_LIFECYCLE.roles(RoundAction.COMPLETE))
  async completeInspectionRound(@CurrentIdentity() identity: Identity, @Args('roundId', { type: () => ID }) roundId: string): Promise<InspectionRound> {
    return toInspectionRound(await this.completeRoundUseCase.execute(identity, roundId));
  }
}
