import { MaintenanceRole } from '@houqin/contracts';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { STAFF_ROLES, Identity, Role } from '@houqin/platform-auth';
import { requireCampusInScope } from '@houqin/platform-database';
import { CurrentIdentity, Roles } from '@houqin/platform-graphql';
import { DataSource } from 'typeorm';
import { reportCampuses, requirePeriod } from '../common/report-scope';
import { requireCategory } from '../work-order/work-order-category';
import { AttachPhoto } from './attach-photo.use-case';
import { IntakeQualityQuery } from './intake-quality.query';
import { AttachPhotoInput, IntakeQualityArgs, SetIntakeQuestionsInput } from './intake.inputs';
import { IntakeQualityRow, IntakeQuestion, toIntakeQuestion, toWorkOrderPhoto, WorkOrderPhoto } from './intake.model';
import { intakeQuestionsFor } from './intake.repository';
import { SetIntakeQuestions } from './set-intake-questions.use-case';

const { GROUP_ADMIN, CAMPUS_ADMIN, REQUESTER, ANALYST, PORTAL_REPORTER } = Role;
const { DISPATCHER, TECHNICIAN } = MaintenanceRole;

/** Intake quality (cutting second calls): questionnaires per category, photos of the fault, the incomplete-ticket rate. */
@Resolver()
export class IntakeResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly setIntakeQuestionsUseCase: SetIntakeQuestions,
    private readonly attachPhotoUseCase: AttachPhoto,
    private readonly quality: IntakeQualityQuery,
  ) {}

  @Query(() => [IntakeQuestion], { description: "The questions to ask for a category on a campus: the campus's own set, else the group-wide default." })
  @Roles(...STAFF_ROLES)
  async intakeQuestions(
    @CurrentIdentity() identity: Identity,
    @Args('category', { type: () => String }) category: string,
    @Args('campusId', { type: () => ID }) campusId: string,
  ): Promise<IntakeQuestion[]> {
    const rows = await intakeQuestionsFor(this.dataSource.manager, requireCampusInScope(identity, campusId), requireCategory('category', category));
    return rows.map(toIntakeQuestion);
  }

  @Mutation(() => [IntakeQuestion], { description: "报修问卷: replace a category's questions, for a campus or (group admins) group-wide." })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN)
  async setIntakeQuestions(@CurrentIdentity() identity: Identity, @Args('input') input: SetIntakeQuestionsInput): Promise<IntakeQuestion[]> {
    return (await this.setIntakeQuestionsUseCase.execute(identity, input)).map(toIntakeQuestion);
  }

  @Mutation(() => WorkOrderPhoto, {
    description: '现场照片: attach a photo of the fault (the requester, technicians and dispatchers of the campus, or the QR-label session that reported it).',
  })
  @Roles(REQUESTER, TECHNICIAN, DISPATCHER, CAMPUS_ADMIN, GROUP_ADMIN, PORTAL_REPORTER)
  async attachPhoto(@CurrentIdentity() identity: Identity, @Args('input') input: AttachPhotoInput): Promise<WorkOrderPhoto> {
    return toWorkOrderPhoto(await this.attachPhotoUseCase.execute(identity, input));
  }

  @Query(() => [IntakeQualityRow], { description: '报修信息完整率: incomplete tickets and duplicate reports per month or category.' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, ANALYST)
  async intakeQuality(@CurrentIdentity() identity: Identity, @Args() args: IntakeQualityArgs): Promise<IntakeQualityRow[]> {
    requirePeriod(args.from, args.to);
    return this.quality.figures(this.dataSource.manager, reportCampuses(identity, args.campusId), args.from, args.to, args.groupBy);
  }
}
