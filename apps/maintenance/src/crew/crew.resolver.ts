import { MaintenanceRole } from '@houqin/contracts';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity, Role } from '@houqin/platform-auth';
import { requireCampusInScope } from '@houqin/platform-database';
import { optionalUuid } from '@houqin/platform-errors';
import { CurrentIdentity, Roles } from '@houqin/platform-graphql';
import { CancelDutyShift } from './cancel-duty-shift.use-case';
import { DutyRosterArgs, RecordTechnicianCertificateInput, ScheduleDutyShiftsInput } from './crew.inputs';
import { DutyShift, SuggestedTechnician, TechnicianCertificate, toDutyShift, toTechnicianCertificate } from './crew.model';
import { CrewRepository } from './crew.repository';
import { checkRosterPeriod } from './duty-roster';
import { RecordTechnicianCertificate } from './record-technician-certificate.use-case';
import { ScheduleDutyShifts } from './schedule-duty-shifts.use-case';
import { SuggestTechniciansQuery } from './suggest-technicians.query';

const { GROUP_ADMIN, CAMPUS_ADMIN, ANALYST } = Role;
const { DISPATCHER, TECHNICIAN } = MaintenanceRole;

@Resolver()
export class CrewResolver {
  constructor(
    private readonly repository: CrewRepository,
    private readonly recordTechnicianCertificateUseCase: RecordTechnicianCertificate,
    private readonly scheduleDutyShiftsUseCase: ScheduleDutyShifts,
    private readonly cancelDutyShiftUseCase: CancelDutyShift,
    private readonly suggestTechniciansQuery: SuggestTechniciansQuery,
  ) {}

  @Query(() => [TechnicianCertificate], { description: "A staff member's operating licences (操作证), latest validity first." })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, TECHNICIAN, ANALYST)
  async technicianCertificates(@CurrentIdentity() identity: Identity, @Args('staffId', { type: () => ID }) staffId: string): Promise<TechnicianCertificate[]> {
    const staff = await this.repository.requireVisibleStaff(identity, staffId);
    const now = new Date();
    return (await this.repository.certificates(staff.id)).map((row) => toTechnicianCertificate(row, now));
  }

  @Query(() => [DutyShift], { description: '排班表: the shifts of a campus running at some time in [from, to), in order of their start.' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, TECHNICIAN, ANALYST)
  async dutyRoster(@CurrentIdentity() identity: Identity, @Args() args: DutyRosterArgs): Promise<DutyShift[]> {
    const campusId = requireCampusInScope(identity, args.campusId);
    checkRosterPeriod(args.from, args.to);
    return (await this.repository.roster(campusId, args.from, args.to, optionalUuid('teamId', args.teamId))).map(toDutyShift);
  }

  @Query(() => [DutyShift], { description: '当前在岗 / 值班: the shifts of a campus running right now (on site or on call).' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, TECHNICIAN, ANALYST)
  async onDutyNow(
    @CurrentIdentity() identity: Identity,
    @Args('campusId', { type: () => ID }) campusId: string,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string,
  ): Promise<DutyShift[]> {
    return (await this.repository.onDuty(requireCampusInScope(identity, campusId), optionalUuid('teamId', teamId), new Date())).map(toDutyShift);
  }

  @Query(() => [SuggestedTechnician], {
    description: '派工建议: technicians for an order, best first: qualified (持证上岗), on site, on call, least loaded, by name.',
  })
  @Roles(DISPATCHER, CAMPUS_ADMIN, GROUP_ADMIN)
  suggestTechnicians(@CurrentIdentity() identity: Identity, @Args('workOrderId', { type: () => ID }) workOrderId: string): Promise<SuggestedTechnician[]> {
    return this.suggestTechniciansQuery.execute(identity, workOrderId);
  }

  @Mutation(() => TechnicianCertificate, { description: "录入操作证: record a technician's operating licence." })
  @Roles(CAMPUS_ADMIN, GROUP_ADMIN, DISPATCHER)
  async recordTechnicianCertificate(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: RecordTechnicianCertificateInput,
  ): Promise<TechnicianCertificate> {
    return toTechnicianCertificate(await this.recordTechnicianCertificateUseCase.execute(identity, input));
  }

  @Mutation(() => [DutyShift], { description: "排班: add shifts to a campus's duty roster, all or none." })
  @Roles(CAMPUS_ADMIN, GROUP_ADMIN, DISPATCHER)
  async scheduleDutyShifts(@CurrentIdentity() identity: Identity, @Args('input') input: ScheduleDutyShiftsInput): Promise<DutyShift[]> {
    return (await this.scheduleDutyShiftsUseCase.execute(identity, input)).map(toDutyShift);
  }

  @Mutation(() => DutyShift, { description: 'Take a shift that has not ended off the roster, with a reason; returns the cancelled shift.' })
  @Roles(CAMPUS_ADMIN, GROUP_ADMIN, DISPATCHER)
  async cancelDutyShift(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<DutyShift> {
    return toDutyShift(await this.cancelDutyShiftUseCase.execute(identity, id, reason));
  }
}
